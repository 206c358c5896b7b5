/**
 * Bad input against a running Taiwa (issue 19), with figures rather than assertions: deeply nested
 * JSON, bodies that trickle in, and one person opening 1,500 event streams while the other person
 * of the 1on1 waits for changes. The server runs in this process on PostgreSQL with Entra-shaped
 * tokens and its real timeouts and stream caps. Run: `npm run bench:abuse`.
 */
import { connect, type Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openSse, type SseConnection } from '../../api/src/testing/sseClient.js';
import { type BenchTaiwa, createBenchPair, startBenchTaiwa } from '../support/benchTenant.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function deepJson(taiwa: BenchTaiwa, token: string, sessionId: string): Promise<void> {
  console.log('\nDeeply nested JSON (20 requests each)');
  const targets: Array<{ name: string; url: string; headers: Record<string, string> }> = [
    { name: '/api/messages (no sign-in)', url: `${taiwa.url}/api/messages`, headers: {} },
    {
      name: '/api/v1/…/memos (signed in)',
      url: `${taiwa.url}/api/v1/sessions/${sessionId}/memos`,
      headers: { authorization: `Bearer ${token}` },
    },
  ];
  // Level 1 is an ordinary small body: the baseline the others compare with.
  for (const levels of [1, 30_000, 125_000]) {
    for (const target of targets) {
      const body = `{"value":${'['.repeat(levels)}${']'.repeat(levels)}}`;
      const lag = monitorEventLoopDelay({ resolution: 1 });
      lag.enable();
      const times: number[] = [];
      const statuses = new Set<number>();
      for (let n = 0; n < 20; n++) {
        const started = performance.now();
        const response = await fetch(target.url, {
          method: 'POST',
          headers: { ...target.headers, 'content-type': 'application/json' },
          body,
        });
        await response.arrayBuffer();
        times.push(performance.now() - started);
        statuses.add(response.status);
      }
      lag.disable();
      console.log(
        `  ${String(levels).padStart(7)} levels  ${target.name.padEnd(30)} status ${[...statuses].join('/')}   median ${median(times).toFixed(1)} ms   event loop blocked at most ${(lag.max / 1e6).toFixed(1)} ms`,
      );
    }
  }
}

async function slowBodies(taiwa: BenchTaiwa): Promise<void> {
  const count = 300;
  const { port } = new URL(taiwa.url);
  console.log(`\n${count} connections trickling a body, one byte a second`);
  const sockets: Socket[] = [];
  const timers: NodeJS.Timeout[] = [];
  for (let n = 0; n < count; n++) {
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {});
    socket.on('connect', () => {
      socket.write(
        'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n',
      );
      timers.push(setInterval(() => socket.writable && socket.write('x'), 1000));
    });
    sockets.push(socket);
  }
  const started = Date.now();
  for (const at of [10, 20, 29, 33, 45]) {
    await new Promise((resolve) => setTimeout(resolve, started + at * 1000 - Date.now()));
    console.log(
      `  after ${String(at).padStart(2)} s: ${sockets.filter((s) => !s.destroyed).length} still open`,
    );
  }
  for (const timer of timers) clearInterval(timer);
  for (const socket of sockets) socket.destroy();
}

async function deliveryLatency(
  taiwa: BenchTaiwa,
  member: string,
  watching: SseConnection,
  sessionId: string,
) {
  const latencies: number[] = [];
  for (let n = 0; n < 20; n++) {
    const body = `latency probe ${Date.now()} ${n}`;
    const started = performance.now();
    await fetch(`${taiwa.url}/api/v1/sessions/${sessionId}/memos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'shared', body }),
    });
    await watching.waitFor(
      (e) => e.event === 'memo.changed' && (e.data as { memo: { body: string } }).memo.body === body,
      10_000,
    );
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function streamFlood(taiwa: BenchTaiwa, member: string, manager: string, sessionId: string) {
  const watching = await openSse(`${taiwa.url}/api/v1/sessions/${sessionId}/events`, manager);
  const before = await deliveryLatency(taiwa, member, watching, sessionId);
  console.log('\nOne member opens 1,500 event streams on their 1on1');
  console.log(`  manager receives the member's memo: median ${median(before).toFixed(1)} ms (no flood)`);
  const flood: SseConnection[] = [];
  const started = performance.now();
  for (let n = 0; n < 1500; n++)
    flood.push(await openSse(`${taiwa.url}/api/v1/sessions/${sessionId}/events`, member));
  const opening = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const ended = new Set<SseConnection>();
  for (const stream of flood) void stream.endedByServer.then(() => ended.add(stream));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const open = flood.length - ended.size;
  const during = await deliveryLatency(taiwa, member, watching, sessionId);
  console.log(
    `  1,500 opened in ${(opening / 1000).toFixed(1)} s; still open: ${open} (the cap closes the oldest)`,
  );
  console.log(
    `  manager receives the member's memo: median ${median(during).toFixed(1)} ms (after the flood)`,
  );
  for (const stream of [watching, ...flood]) stream.close();
}

async function main(): Promise<void> {
  const taiwa = await startBenchTaiwa();
  try {
    const pair = await createBenchPair(taiwa, 0, new Date(Date.now() + 86_400_000), 0);
    await deepJson(taiwa, pair.memberToken, pair.sessionId);
    await streamFlood(taiwa, pair.memberToken, pair.managerToken, pair.sessionId);
    await slowBodies(taiwa);
  } finally {
    await taiwa.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
