import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../data/database.js';
import { migrateToLatest } from '../data/migrator.js';

/** A test run killed mid-way cannot drop its schema; anything this old is certainly abandoned. */
const ABANDONED_AFTER_SECONDS = 3 * 60 * 60;

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a schema of its own
 * inside the PostgreSQL at DATABASE_URL (dropped on close), so test files never see each other's rows.
 * Schema names carry their creation time, so schemas left by killed runs are swept up later.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const databaseUrl = process.env.DATABASE_URL?.trim() || null;
  const now = Math.floor(Date.now() / 1000);
  const schema = databaseUrl === null ? 'public' : `test_${now}_${randomBytes(4).toString('hex')}`;
  if (databaseUrl !== null) await sweepAbandonedSchemas(databaseUrl, now);
  const handle = await openDatabase({ databaseUrl, dataDir: 'memory://', schema });
  if (options.migrate !== false) await migrateToLatest(handle.db, handle.schema);
  if (databaseUrl === null) return handle;
  return {
    ...handle,
    async close() {
      await sql.raw(`drop schema if exists ${schema} cascade`).execute(handle.db);
      await handle.close();
    },
  };
}

async function sweepAbandonedSchemas(databaseUrl: string, now: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace where nspname ~ '^test_[0-9]+_[0-9a-f]+$'`,
    );
    for (const { name } of rows) {
      const created = Number(name.split('_')[1]);
      if (now - created < ABANDONED_AFTER_SECONDS) continue;
      // Another run may be sweeping the same schema at the same moment: losing that race is fine.
      await client.query(`drop schema if exists ${name} cascade`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
