import fs, { cpSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { DEMO_PEOPLE } from '../dev/demoTenant.js';
import { seedDemoHistory } from '../dev/seedDemoHistory.js';
import { seedDemoTenant } from '../dev/seedDemoTenant.js';
import { buildServer } from '../server.js';
import { type DatabaseHandle, openDatabase } from './database.js';
import { EmbeddedDatabaseError } from './embeddedDatabase.js';
import { migrateToLatest } from './migrator.js';

const PAGE = 8192;
let root: string;
let base: string;
let memosFile: string;
let memoCount: number;
let sessionWithMemos: string;
let ownerOfThatSession: string;

/** A copy of the seeded data directory to damage. */
function variant(name: string): string {
  const dir = path.join(root, name);
  cpSync(base, dir, { recursive: true });
  return dir;
}

function overwrite(file: string, bytes: Buffer, at: number): void {
  const handle = openSync(file, 'r+');
  try {
    writeSync(handle, bytes, 0, bytes.length, at);
  } finally {
    fs.closeSync(handle);
  }
}

const open = (dataDir: string, durability: 'full' | 'relaxed' = 'relaxed') =>
  openDatabase({ databaseUrl: null, dataDir, durability });

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'taiwa-embedded-'));
  base = path.join(root, 'base');
  const database = await open(base);
  await migrateToLatest(database.db, database.schema);
  await seedDemoTenant(database.db, new Date());
  await seedDemoHistory(database.db);
  const located = await sql<{ file: string }>`select pg_relation_filepath('memos') as file`.execute(
    database.db,
  );
  memosFile = located.rows[0]?.file ?? '';
  const counted = await sql<{ n: number }>`select count(*)::int as n from memos`.execute(database.db);
  memoCount = counted.rows[0]?.n ?? 0;
  const shared = await database.db
    .selectFrom('memos')
    .innerJoin('sessions', 'sessions.id', 'memos.session_id')
    .innerJoin('pairs', 'pairs.id', 'sessions.pair_id')
    .select(['memos.session_id as sessionId', 'pairs.member_id as memberId'])
    .where('memos.kind', '=', 'shared')
    .executeTakeFirstOrThrow();
  sessionWithMemos = shared.sessionId;
  ownerOfThatSession = shared.memberId;
  await database.close();
}, 180_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the embedded database at rest', () => {
  it('keeps its folder and files to the owner', async () => {
    expect(statSync(base).mode & 0o777).toBe(0o700);
    const open: string[] = [];
    for (const entry of fs.readdirSync(base, { recursive: true })) {
      const mode = fs.lstatSync(path.join(base, String(entry))).mode;
      if ((mode & 0o077) !== 0) open.push(`${entry} ${(mode & 0o777).toString(8)}`);
    }
    expect(open).toEqual([]);
    expect(memoCount).toBeGreaterThan(0);
  });

  it('syncs every commit to disk with durability full, and not with relaxed', async () => {
    const sync = vi.spyOn(fs, 'fsyncSync');
    try {
      const durable = await open(variant('durable'), 'full');
      const settings = await sql<{ fsync: string }>`show fsync`.execute(durable.db);
      expect(settings.rows[0]?.fsync).toBe('on');
      const method = await sql<{ wal_sync_method: string }>`show wal_sync_method`.execute(durable.db);
      expect(method.rows[0]?.wal_sync_method).toBe('fsync');
      sync.mockClear();
      await sql`update tenants set display_name = 'synced' where true`.execute(durable.db);
      expect(sync.mock.calls.length).toBeGreaterThan(0);
      await durable.close();

      const relaxed = await open(variant('relaxed'), 'relaxed');
      expect((await sql<{ fsync: string }>`show fsync`.execute(relaxed.db)).rows[0]?.fsync).toBe('off');
      sync.mockClear();
      await sql`update tenants set display_name = 'not synced' where true`.execute(relaxed.db);
      expect(sync).not.toHaveBeenCalled();
      await relaxed.close();
    } finally {
      sync.mockRestore();
    }
  }, 120_000);
});

describe('a damaged data directory', () => {
  it('names a truncated control file and the way out, instead of "Aborted()"', async () => {
    const dir = variant('truncated-control');
    truncateSync(path.join(dir, 'pglite/global/pg_control'), 100);
    const failure = await open(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
    const message = (failure as Error).message;
    expect(message).toContain(path.join(dir, 'pglite/global/pg_control'));
    expect(message).toContain('100 bytes');
    expect(message).toContain('restore the folder from your latest backup');
    expect(message).toContain(`mv "${path.join(dir, 'pglite')}"`);
    expect(message).not.toContain('Aborted()');
  });

  it('refuses to serve a table page that was zeroed while its index still lists the rows', async () => {
    const dir = variant('zeroed-page');
    overwrite(path.join(dir, 'pglite', memosFile), Buffer.alloc(PAGE), 0);
    const failure = await open(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedDatabaseError);
    const message = (failure as Error).message;
    expect(message).toContain('table memos');
    expect(message).toContain(`file ${memosFile}`);
    expect(message).toMatch(/page 0 is all zeros, yet index \S+ still points at \d+ rows/);
    expect(message).toContain('restore the folder from your latest backup');
  });

  it('opens with a zero page that no index points into, as a crash while the table grew leaves', async () => {
    const dir = variant('crash-left-page');
    const file = path.join(dir, 'pglite', memosFile);
    overwrite(file, Buffer.alloc(PAGE), statSync(file).size);
    const database = await open(dir);
    const counted = await sql<{ n: number }>`select count(*)::int as n from memos`.execute(database.db);
    expect(counted.rows[0]?.n).toBe(memoCount);
    await database.close();
  });

  it('answers 503 problem+json, never an empty list, when a page fails its checksum', async () => {
    const dir = variant('garbled-page');
    overwrite(path.join(dir, 'pglite', memosFile), Buffer.from('not what was written'), 4000);
    let database: DatabaseHandle | null = await open(dir);
    const app = await buildServer({
      config: loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }),
      database,
      jobs: { autoStart: false },
    });
    database = null;
    try {
      const who = Object.values(DEMO_PEOPLE).find((person) => person.id === ownerOfThatSession);
      const token = await app.inject({
        method: 'POST',
        url: '/api/v1/dev/token',
        payload: { userId: who?.id },
      });
      const view = await app.inject({
        url: `/api/v1/sessions/${sessionWithMemos}`,
        headers: { authorization: `Bearer ${token.json().accessToken}` },
      });
      expect(view.statusCode).toBe(503);
      expect(view.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(view.json().type).toBe('urn:taiwa:problem:storage-damaged');
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().detail).toMatch(/a core table cannot be read: invalid page in block 0/);
    } finally {
      await app.close();
    }
  }, 120_000);
});
