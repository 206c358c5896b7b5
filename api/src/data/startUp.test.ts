import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../dev/demoTenant.js';
import { readJson } from '../testing/json.js';
import { startServerProcess } from '../testing/serverProcess.js';

const BUILT_SERVER = path.resolve(import.meta.dirname, '../../dist/main.js');
const port = () => 39_000 + Math.floor(Math.random() * 900);

let dataDir: string;
/** These are the embedded database's files: never the PostgreSQL the suite may run against. */
const EMBEDDED = { DATABASE_URL: '' };

/** Entries under `dir` (and `dir` itself) that anyone but the owner may read, write or enter. */
function openToOthers(dir: string): string[] {
  const open: string[] = [];
  for (const entry of ['.', ...readdirSync(dir, { recursive: true }).map(String)]) {
    const mode = lstatSync(path.join(dir, entry)).mode;
    if (!lstatSync(path.join(dir, entry)).isSymbolicLink() && (mode & 0o077) !== 0)
      open.push(`${entry} ${(mode & 0o777).toString(8)}`);
  }
  return open;
}

async function writeMemoThroughTheApi(url: string): Promise<void> {
  const token = await readJson(
    await fetch(`${url}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: DEMO_PEOPLE.kenta.id }),
    }),
  );
  const headers = { authorization: `Bearer ${token.accessToken}`, 'content-type': 'application/json' };
  const resolved = await readJson(
    await fetch(`${url}/api/v1/meetings/resolve?pairId=${DEMO_PAIRS[0]?.id}`, { headers }),
  );
  const memo = await fetch(`${url}/api/v1/sessions/${resolved.session.id}/memos`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ kind: 'shared', body: 'a private thought about my career' }),
  });
  expect(memo.status).toBe(201);
}

beforeAll(() => {
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'taiwa-start-')), 'data');
});
afterAll(() => {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

// The built server (`npm start`'s), in its own process, as an operator runs it.
describe.skipIf(!existsSync(BUILT_SERVER))('the built server and its data directory', () => {
  it('creates DATA_DIR and every file in it for the owner only', async () => {
    const server = await startServerProcess(
      { DATA_DIR: dataDir, DATA_DURABILITY: 'full', ...EMBEDDED },
      port(),
      200_000,
    );
    try {
      await writeMemoThroughTheApi(server.url);
    } finally {
      await server.stop();
    }
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    expect(openToOthers(dataDir)).toEqual([]);
  }, 300_000);

  it('closes the files of an older installation that left them open to everyone', async () => {
    for (const entry of ['.', ...readdirSync(dataDir, { recursive: true }).map(String)]) {
      const full = path.join(dataDir, entry);
      chmodSync(full, lstatSync(full).isDirectory() ? 0o777 : 0o666);
    }
    expect(openToOthers(dataDir).length).toBeGreaterThan(100);
    const server = await startServerProcess({ DATA_DIR: dataDir, ...EMBEDDED }, port(), 200_000);
    await server.stop();
    expect(openToOthers(dataDir)).toEqual([]);
  }, 300_000);

  it('refuses to start on a damaged control file, naming it and the way out', async () => {
    const control = path.join(dataDir, 'pglite/global/pg_control');
    truncateSync(control, 512);
    const child = spawn(process.execPath, [BUILT_SERVER], {
      env: {
        ...process.env,
        PORT: String(port()),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'error',
        ...EMBEDDED,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain(`its control file ${control} is 512 bytes long instead of 8192`);
    expect(stderr).toContain('restore the folder from your latest backup');
    expect(stderr).not.toContain('Aborted()');
  }, 120_000);
});
