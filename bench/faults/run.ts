/**
 * Fault runs against the built server on PostgreSQL (`npm run bench:faults`, after `npm run build`):
 *   1. kill -9 of the server while memo writes are in flight: every write the server acknowledged
 *      (201) is present after a restart, and none is half-written;
 *   2. a PostgreSQL restart under load: the server answers 503 from /readyz while the database is
 *      away and recovers by itself, with no manual step.
 * Each prints a PASS or FAIL line; the exit code is non-zero if any failed.
 */
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { startServerProcess, waitForReady } from '../../api/src/testing/serverProcess.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `faults_${Date.now()}`;
const KENTA = 'de000000-0000-4000-8000-000000000102';
const MISAKI = 'de000000-0000-4000-8000-000000000101';
const SESSION = 'de000000-0000-4000-8000-000000000303';
const results: Array<{ ok: boolean; text: string }> = [];

function verdict(ok: boolean, text: string) {
  results.push({ ok, text });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
}

async function token(url: string, userId = KENTA): Promise<string> {
  const response = await fetch(`${url}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function writeMemo(url: string, bearer: string, body: string): Promise<{ id: string } | null> {
  try {
    const response = await fetch(`${url}/api/v1/sessions/${SESSION}/memos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'shared', body }),
    });
    return response.status === 201 ? ((await response.json()) as { id: string }) : null;
  } catch {
    return null;
  }
}

async function killDuringWrites(env: Record<string, string>): Promise<void> {
  let server = await startServerProcess(env, 39781);
  // Both people of the pair write, so the per-person write limit leaves room for a busy burst.
  const bearers = [await token(server.url, KENTA), await token(server.url, MISAKI)];
  const acknowledged: string[] = [];
  let stop = false;
  // Eight writers in parallel; the process dies under them in the middle of the burst.
  const writers = Array.from({ length: 8 }, async (_, writer) => {
    for (let n = 0; !stop; n++) {
      const memo = await writeMemo(server.url, bearers[writer % 2] ?? '', `fault-run memo ${writer}-${n}`);
      if (memo !== null) acknowledged.push(memo.id);
      else await new Promise((resolve) => setTimeout(resolve, 20));
      if (n > 400) break;
    }
  });
  const killAt = Date.now() + 10_000;
  while (acknowledged.length < 25 && Date.now() < killAt)
    await new Promise((resolve) => setTimeout(resolve, 5));
  await server.crash();
  stop = true;
  await Promise.all(writers);

  server = await startServerProcess(env, 39781);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const stored = await client.query<{ id: string; body: string }>(
    `select id, body from ${SCHEMA}.memos where session_id = $1 and body like 'fault-run memo %'`,
    [SESSION],
  );
  await client.end();
  const storedIds = new Set(stored.rows.map((row) => row.id));
  const lost = acknowledged.filter((id) => !storedIds.has(id));
  const torn = stored.rows.filter((row) => !/^fault-run memo \d+-\d+$/.test(row.body));
  verdict(
    acknowledged.length > 0 && lost.length === 0,
    `kill -9 during memo writes: ${acknowledged.length} acknowledged, ${lost.length} lost`,
  );
  verdict(
    torn.length === 0,
    `kill -9 during memo writes: ${stored.rows.length} stored, ${torn.length} half-written`,
  );
  const afterRestart = await writeMemo(server.url, await token(server.url), 'fault-run memo 99-0');
  verdict(afterRestart !== null, 'server accepts writes after the restart with no manual step');
  await server.stop();
}

function postgres(action: 'stop' | 'start'): void {
  const version = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')[0] ?? '15';
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], { stdio: 'ignore' });
}

async function postgresRestartUnderLoad(env: Record<string, string>): Promise<void> {
  const server = await startServerProcess(env, 39782);
  const bearer = await token(server.url);
  let failuresWhileDown = 0;
  let stop = false;
  const load = (async () => {
    while (!stop) {
      if ((await writeMemo(server.url, bearer, 'fault-run memo 77-0')) === null) failuresWhileDown++;
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 500));
  postgres('stop');
  const readyWhileDown = await fetch(`${server.url}/readyz`).then((response) => response.status);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  postgres('start');
  const recoveredAfter = await waitForReady(server.url, 60_000).catch(() => -1);
  stop = true;
  await load;
  const writeAfter = await writeMemo(server.url, bearer, 'fault-run memo 78-0');
  verdict(readyWhileDown === 503, `PostgreSQL down: /readyz answers ${readyWhileDown} (503 expected)`);
  verdict(
    recoveredAfter >= 0 && writeAfter !== null,
    `PostgreSQL back: ready after ${recoveredAfter} ms, writes succeed (${failuresWhileDown} refused while down)`,
  );
  await server.stop();
}

async function main(): Promise<void> {
  const env = {
    DATABASE_URL: `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${SCHEMA}`,
  };
  const setup = new pg.Client({ connectionString: DATABASE_URL });
  await setup.connect();
  await setup.query(`create schema ${SCHEMA}`);
  await setup.end();
  try {
    await killDuringWrites(env);
    if (process.env.FAULTS_SKIP_POSTGRES_RESTART === '1')
      console.log('SKIP  PostgreSQL restart (FAULTS_SKIP_POSTGRES_RESTART=1)');
    else await postgresRestartUnderLoad(env);
  } finally {
    const cleanup = new pg.Client({ connectionString: DATABASE_URL });
    await cleanup.connect().catch(() => undefined);
    await cleanup.query(`drop schema if exists ${SCHEMA} cascade`).catch(() => undefined);
    await cleanup.end().catch(() => undefined);
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
