/**
 * How long `npm start` takes to answer /readyz: first from a checkout without build output (what a
 * fresh clone does after `npm install`), then again with nothing changed. Prints wall time and the
 * CPU time the start used (the launcher, its builds and the server), which a busy machine disturbs
 * less. Deletes api/dist, bot/dist and tab/dist first. Run: `npm run bench:start`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const CLOCK_TICKS = 100;

/** user + system CPU seconds of a process and of the children it has waited for (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime, stime, cutime, cstime are fields 14–17 of stat; fields[0] here is field 3.
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  return ticks / CLOCK_TICKS;
}

async function ready(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function start(label: string, dataDir: string): Promise<{ seconds: number; cpu: number }> {
  const started = performance.now();
  // What `npm start` runs, without npm in between, so its process is the one measured.
  const child = spawn(process.execPath, ['scripts/start/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await ready(`http://127.0.0.1:${PORT}/readyz`, child);
    const seconds = (performance.now() - started) / 1000;
    const cpu = child.pid === undefined ? Number.NaN : cpuSeconds(child.pid);
    console.log(`${label.padEnd(34)} ready in ${seconds.toFixed(1)} s   (CPU ${cpu.toFixed(1)} s)`);
    return { seconds, cpu };
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'taiwa-start-'));
  try {
    for (const dist of ['api/dist', 'bot/dist', 'tab/dist']) {
      await rm(path.join(ROOT, dist), { recursive: true, force: true });
    }
    const first = await start('first start (builds server and tab)', dataDir);
    const second = await start('second start (nothing changed)', dataDir);
    console.log(
      `\n${second.seconds <= 10 ? 'PASS' : 'FAIL'}  second start ${second.seconds.toFixed(1)} s ≤ 10 s (first ${first.seconds.toFixed(1)} s)`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
