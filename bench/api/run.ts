/**
 * API load benchmark: session view reads and memo writes against PostgreSQL with real Entra-shaped
 * tokens, and a bare Fastify endpoint in the same run for the ratio; the server's resident memory
 * idle and at its peak under load (the load generator runs in a child process, bench/api/
 * loadGenerator.ts, so this process is the server alone). Prints figures and a PASS/FAIL line per
 * target. Run: `npm run bench:api` (DATABASE_URL defaults to the local test database).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import Fastify from 'fastify';
import { createBenchPair, startBenchTaiwa } from '../support/benchTenant.js';
import type { LoadFigures, LoadPlan } from './loadGenerator.js';

const PAIRS = 200;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const RSS_SAMPLE_MS = 100;
const MB = 1024 * 1024;

const run = promisify(execFile);

/** A full garbage collection, so "idle" is the memory the server holds rather than setup's garbage. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** This process's resident memory: the server's, the load generator running in a child process. */
function rssMb(): number {
  return process.memoryUsage.rss() / MB;
}

interface Figures extends LoadFigures {
  name: string;
  /** The server's peak resident memory while the load ran. */
  peakRssMb: number;
}

async function load(name: string, plan: Omit<LoadPlan, 'connections' | 'durationSeconds'>): Promise<Figures> {
  let peakRssMb = rssMb();
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb());
  }, RSS_SAMPLE_MS);
  const fullPlan: LoadPlan = { ...plan, connections: CONNECTIONS, durationSeconds: DURATION_S };
  // Through a file: 200 tokens are more than one command-line argument may hold.
  const dir = await mkdtemp(path.join(tmpdir(), 'taiwa-bench-'));
  const planFile = path.join(dir, 'plan.json');
  await writeFile(planFile, JSON.stringify(fullPlan));
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'loadGenerator.ts'), planFile],
    { maxBuffer: 16 * MB },
  ).finally(() => {
    clearInterval(sampler);
    return rm(dir, { recursive: true, force: true });
  });
  const figures: Figures = { name, ...(JSON.parse(stdout.trim()) as LoadFigures), peakRssMb };
  console.log(
    `${name.padEnd(22)} ${String(figures.rps).padStart(7)} req/s   p50 ${figures.p50} ms   p99 ${figures.p99} ms   errors ${figures.errors}   non-2xx ${figures.non2xx}   server RSS peak ${figures.peakRssMb.toFixed(0)} MB`,
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

  await taiwa.analyze();

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
  // Idle: set up, warmed, garbage collected and left alone for a moment.
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idleRssMb = rssMb();
  console.log(`server RSS idle: ${idleRssMb.toFixed(0)} MB (${PAIRS} pairs set up, caches warm)\n`);

  const baseline = await load('bare Fastify', { url: bareUrl, kind: 'bare', sessions: [] });
  const reads = await load('session view (GET)', { url, kind: 'read', sessions });
  const writes = await load('memo write (POST)', { url, kind: 'write', sessions });
  const underLoadMb = Math.max(reads.peakRssMb, writes.peakRssMb);
  console.log(`\nserver RSS: ${idleRssMb.toFixed(0)} MB idle, ${underLoadMb.toFixed(0)} MB peak under load`);

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
