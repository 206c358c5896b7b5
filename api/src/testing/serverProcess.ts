import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** kill -9: no shutdown hook runs, in-flight requests die mid-way. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Taiwa as `npm start` runs it (the built server), in its own process, on the given database. */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
  readyWithinMs = 60_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'api/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      DATA_DIR: env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'taiwa-faults-')),
      // Nothing here survives a power cut anyway; a test that checks durability sets it back to full.
      DATA_DURABILITY: 'relaxed',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForReady(url, readyWithinMs);
  } catch (error) {
    // Never leave a half-started server behind on the test's data directory.
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  return {
    url,
    child,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function waitForReady(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return Date.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}
