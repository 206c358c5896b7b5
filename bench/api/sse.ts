/**
 * Live-update soak: 500 concurrent event streams (ten per 1on1 across 50 1on1s) for 60 s while memos
 * are written, against PostgreSQL with real Entra-shaped tokens. Every acknowledged write must reach
 * every stream of its session, and no stream may fail. Run: `npm run bench:sse`
 * (BENCH_SSE_STREAMS, BENCH_SSE_SECONDS and BENCH_SSE_WRITES_PER_SECOND change the load).
 */
import { openSse, type SseConnection } from '../../api/src/testing/sseClient.js';
import { createBenchPair, startBenchTaiwa } from '../support/benchTenant.js';

const STREAMS = Number(process.env.BENCH_SSE_STREAMS ?? 500);
const STREAMS_PER_SESSION = 10;
const SECONDS = Number(process.env.BENCH_SSE_SECONDS ?? 60);
const WRITES_PER_SECOND = Number(process.env.BENCH_SSE_WRITES_PER_SECOND ?? 20);

interface Session {
  id: string;
  memberToken: string;
  managerToken: string;
  written: number;
  streams: SseConnection[];
}

async function main(): Promise<void> {
  const taiwa = await startBenchTaiwa();
  const { url } = taiwa;
  const sessions: Session[] = [];
  for (let n = 0; n < Math.ceil(STREAMS / STREAMS_PER_SESSION); n++) {
    const pair = await createBenchPair(taiwa, n, new Date(), 0);
    sessions.push({
      id: pair.sessionId,
      memberToken: pair.memberToken,
      managerToken: pair.managerToken,
      written: 0,
      streams: [],
    });
  }

  for (const session of sessions) {
    for (let n = 0; n < STREAMS_PER_SESSION; n++) {
      const token = n % 2 === 0 ? session.memberToken : session.managerToken;
      session.streams.push(await openSse(`${url}/api/v1/sessions/${session.id}/events`, token));
    }
  }
  const opened = sessions.flatMap((session) => session.streams);
  console.log(
    `\n${opened.length} streams open on ${sessions.length} 1on1s; writing ${WRITES_PER_SECOND} memos/s for ${SECONDS} s`,
  );

  let failedWrites = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const latencies: number[] = [];
  while (Date.now() < deadline) {
    const tick = Date.now();
    await Promise.all(
      Array.from({ length: WRITES_PER_SECOND }, async (_, index) => {
        const session = sessions[
          (Math.floor(tick / 1000) * WRITES_PER_SECOND + index) % sessions.length
        ] as Session;
        const started = Date.now();
        const response = await fetch(`${url}/api/v1/sessions/${session.id}/memos`, {
          method: 'POST',
          headers: { authorization: `Bearer ${session.memberToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'shared', body: `soak ${started}` }),
        });
        if (response.status === 201) {
          session.written++;
          latencies.push(Date.now() - started);
        } else failedWrites++;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tick))));
  }
  // Give the last notifications time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 2000));

  let missing = 0;
  let failedStreams = 0;
  for (const session of sessions) {
    for (const stream of session.streams) {
      if (stream.status !== 200) failedStreams++;
      const received = stream.events.filter((event) => event.event === 'memo.changed').length;
      missing += Math.max(0, session.written - received);
      stream.close();
    }
  }
  const written = sessions.reduce((sum, session) => sum + session.written, 0);
  const delivered = written * STREAMS_PER_SESSION - missing;
  latencies.sort((a, b) => a - b);
  console.log(
    `writes acknowledged ${written} (failed ${failedWrites}), write p50 ${latencies[Math.floor(latencies.length / 2)] ?? 0} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)] ?? 0} ms`,
  );
  console.log(`events delivered ${delivered} of ${written * STREAMS_PER_SESSION}`);
  const ok = failedStreams === 0 && failedWrites === 0 && missing === 0;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}  ${opened.length} streams for ${SECONDS} s: ${failedStreams} failed streams, ${missing} events missing`,
  );

  await taiwa.close();
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
