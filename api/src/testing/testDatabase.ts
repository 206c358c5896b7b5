import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../data/database.js';
import { migrateToLatest } from '../data/migrator.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a schema of its own
 * inside the PostgreSQL at DATABASE_URL (dropped on close), so test files never see each other's rows.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const databaseUrl = process.env.DATABASE_URL?.trim() || null;
  const schema = databaseUrl === null ? 'public' : `test_${randomBytes(6).toString('hex')}`;
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
