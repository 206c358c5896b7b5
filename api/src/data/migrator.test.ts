import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, whileHoldingSchemaChangeLock } from '../testing/testDatabase.js';
import type { DatabaseHandle } from './database.js';
import { migrateToLatest as migrateNow } from './migrator.js';

/** Other test files drop their schemas as they end; migrating must not overlap a drop. */
const migrateToLatest: typeof migrateNow = (db, schema) =>
  whileHoldingSchemaChangeLock('shared', () => migrateNow(db, schema));

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

async function schemaFingerprint(database: DatabaseHandle): Promise<string> {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select table_name, column_name, data_type from information_schema.columns
    where table_schema = ${database.schema} order by table_name, column_name`.execute(database.db);
  const indexes = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes where schemaname = ${database.schema} order by indexname`.execute(
    database.db,
  );
  return JSON.stringify([columns.rows, indexes.rows]);
}

describe('migrations', () => {
  it('build the schema from an empty database', async () => {
    handle = await openTestDatabase({ migrate: false });
    const report = await migrateToLatest(handle.db, handle.schema);
    expect(report.applied[0]).toBe('0001_foundation');
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${handle.schema}`.execute(
      handle.db,
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['tenants', 'users', 'pairs', 'sessions']),
    );
  });

  it('change nothing when run again', async () => {
    handle = await openTestDatabase({ migrate: false });
    await migrateToLatest(handle.db, handle.schema);
    const before = await schemaFingerprint(handle);
    const again = await migrateToLatest(handle.db, handle.schema);
    expect(again.applied).toEqual([]);
    expect(await schemaFingerprint(handle)).toBe(before);
  });

  it('lead every index of tenant data with tenant_id', async () => {
    handle = await openTestDatabase();
    const indexes = await sql<{ tablename: string; indexdef: string }>`
      select tablename, indexdef from pg_indexes
      where schemaname = ${handle.schema} and tablename not in ('tenants', 'kysely_migration', 'kysely_migration_lock')`.execute(
      handle.db,
    );
    expect(indexes.rows.length).toBeGreaterThan(0);
    for (const index of indexes.rows) expect(index.indexdef, index.indexdef).toMatch(/\(tenant_id[,)]/);
  });
});
