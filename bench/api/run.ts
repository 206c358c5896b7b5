/**
 * API load benchmark: session view reads and memo writes against PostgreSQL with real Entra-shaped
 * tokens, and a bare Fastify endpoint in the same run for the ratio. Prints figures and a PASS/FAIL
 * line per target. Run: `npm run bench:api` (DATABASE_URL defaults to the local test database).
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { createBenchPair, startBenchTaiwa } from '../support/benchTenant.js';

const PAIRS = 200;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const figures = {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    `${name.padEnd(22)} ${String(figures.rps).padStart(7)} req/s   p50 ${figures.p50} ms   p99 ${figures.p99} ms   errors ${figures.errors}   non-2xx ${figures.non2xx}`,
  );
  return figures;
}

async function main(): Promise<void> {
  const taiwa = await startBenchTaiwa();
  const { url } = taiwa;
  // A tenant with 200 pairs, each with an upcoming 1on1 and a prepared agenda.
  const sessions: Array<{ id: string; token: string }> = [];
  for (let n = 0; n < PAIRS; n++) {
    const pair = await createBenchPair(taiwa, n, new Date(Date.now() + 86_400_000), 3);
    sessions.push({ id: pair.sessionId, token: pair.memberToken });
  }

  const bare = Fastify();
  bare.get('/bare', async () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;

  // Warm caches (JWKS, user upserts, query plans) before measuring.
  await Promise.all(
    sessions.map((s) =>
      fetch(`${url}/api/v1/sessions/${s.id}`, { headers: { authorization: `Bearer ${s.token}` } }),
    ),
  );

  console.log(`\nTaiwa API benchmark — ${CONNECTIONS} connections, ${DURATION_S} s each, PostgreSQL\n`);
  const baseline = await load('bare Fastify', { url: bareUrl });
  let next = 0;
  const rotate = () => sessions[next++ % sessions.length] as { id: string; token: string };
  const reads = await load('session view (GET)', {
    url,
    requests: [
      {
        setupRequest: (request) => {
          const s = rotate();
          return {
            ...request,
            method: 'GET',
            path: `/api/v1/sessions/${s.id}`,
            headers: { authorization: `Bearer ${s.token}` },
          };
        },
      },
    ],
  });
  const writes = await load('memo write (POST)', {
    url,
    requests: [
      {
        setupRequest: (request) => {
          const s = rotate();
          return {
            ...request,
            method: 'POST',
            path: `/api/v1/sessions/${s.id}/memos`,
            headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ kind: 'shared', body: '次回までに資料を共有する' }),
          };
        },
      },
    ],
  });

  const ratio = reads.rps / baseline.rps;
  console.log(`\nsession view / bare Fastify = ${(ratio * 100).toFixed(1)} %`);
  const verdict = (ok: boolean, text: string) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  verdict(reads.p99 <= 50, `session view p99 ${reads.p99} ms ≤ 50 ms at ${CONNECTIONS} connections`);
  verdict(ratio >= 0.25, `session view rate ${(ratio * 100).toFixed(1)} % ≥ 25 % of bare Fastify`);
  verdict(
    reads.errors === 0 && reads.non2xx === 0,
    `session view: ${reads.errors} errors, ${reads.non2xx} non-2xx`,
  );
  verdict(
    writes.errors === 0,
    `memo writes: ${writes.errors} errors (non-2xx ${writes.non2xx}, including per-user rate limiting)`,
  );

  await bare.close();
  await taiwa.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
