import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../data/database.js';
import { migrateToLatest } from '../data/migrator.js';

/** A test run killed mid-way cannot drop its schema; anything this old is certainly abandoned. */
const ABANDONED_AFTER_SECONDS = 3 * 60 * 60;

/**
 * Kysely's migrator lists the tables of every schema in the database, and that listing fails when
 * another test file drops a table or schema at the same moment. Test files migrate under a shared
 * advisory lock and drop under the exclusive one, so the two never overlap.
 */
const SCHEMA_CHANGE_LOCK = 7_301_961_026;

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a schema of its own
 * inside the PostgreSQL at DATABASE_URL (dropped on close), so test files never see each other's rows.
 * Schema names carry their creation time, so schemas left by killed runs are swept up later.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const databaseUrl = configuredDatabaseUrl();
  const now = Math.floor(Date.now() / 1000);
  const schema = databaseUrl === null ? 'public' : `test_${now}_${randomBytes(4).toString('hex')}`;
  if (databaseUrl !== null) await sweepAbandonedSchemas(databaseUrl, now);
  const handle = await openDatabase({ databaseUrl, dataDir: 'memory://', schema });
  if (options.migrate !== false) {
    await whileHoldingSchemaChangeLock('shared', () => migrateToLatest(handle.db, handle.schema));
  }
  if (databaseUrl === null) return handle;
  return {
    ...handle,
    async close() {
      await whileHoldingSchemaChangeLock('exclusive', () =>
        sql.raw(`drop schema if exists ${schema} cascade`).execute(handle.db),
      );
      await handle.close();
    },
  };
}

/**
 * Runs `work` while no other test file migrates (exclusive) or while no other drops (shared).
 * Tests that drop tables or schemas themselves go through here too. PGlite is private to its file,
 * so there it simply runs.
 */
export async function whileHoldingSchemaChangeLock<T>(
  mode: 'shared' | 'exclusive',
  work: () => Promise<T>,
): Promise<T> {
  const databaseUrl = configuredDatabaseUrl();
  if (databaseUrl === null) return work();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const suffix = mode === 'shared' ? '_shared' : '';
  try {
    await client.query(`select pg_advisory_lock${suffix}($1)`, [SCHEMA_CHANGE_LOCK]);
    return await work();
  } finally {
    await client.end(); // ending the session releases its advisory locks
  }
}

function configuredDatabaseUrl(): string | null {
  return process.env.DATABASE_URL?.trim() || null;
}

async function sweepAbandonedSchemas(databaseUrl: string, now: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace where nspname ~ '^test_[0-9]+_[0-9a-f]+$'`,
    );
    const abandoned = rows
      .map(({ name }) => name)
      .filter((name) => now - Number(name.split('_')[1]) >= ABANDONED_AFTER_SECONDS);
    if (abandoned.length === 0) return;
    await whileHoldingSchemaChangeLock('exclusive', async () => {
      for (const name of abandoned) {
        // Another run may be sweeping the same schema at the same moment: losing that race is fine.
        await client.query(`drop schema if exists ${name} cascade`).catch(() => undefined);
      }
    });
  } finally {
    await client.end();
  }
}

/**
 * Gathers planner statistics for the tables just filled, as autovacuum does within a minute or so
 * on a real database; benchmarks call it so they never time plans chosen without statistics.
 */
export async function analyzeTables(database: DatabaseHandle): Promise<void> {
  await sql`analyze`.execute(database.db);
}
