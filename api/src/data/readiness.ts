import { type Kysely, sql } from 'kysely';
import { appliedMigrationNames, knownMigrationNames } from './migrator.js';
import { isSchemaMissing } from './repositories/postgresErrors.js';
import type { Database } from './schema.js';

/** Why this instance should get no traffic; the detail is for operators and names no data. */
export class NotReady extends Error {
  constructor(
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'NotReady';
  }
}

/** Tables every request path reads: each must answer a one-row read. */
const CORE_TABLES = [
  'tenants',
  'users',
  'pairs',
  'sessions',
  'agenda_items',
  'memos',
  'session_events',
] as const;

/**
 * Ready means: the database answers, every migration this build knows is applied, and the core
 * tables can be read. A newer instance may have applied a migration this one does not know yet
 * during a rolling deploy; that is expected and keeps this one ready.
 */
export async function checkDatabaseReady(
  db: Kysely<Database>,
  schema: string,
  known: Promise<string[]> = knownMigrationNames(),
): Promise<void> {
  let applied: string[];
  try {
    applied = await appliedMigrationNames(db, schema);
  } catch (error) {
    if (isSchemaMissing(error)) {
      throw new NotReady(`the database schema is missing: no migrations are recorded in schema ${schema}`, {
        cause: error,
      });
    }
    throw error;
  }
  const missing = (await known).filter((name) => !applied.includes(name));
  if (missing.length > 0) {
    throw new NotReady(`${missing.length} of this build's migrations are not applied: ${missing.join(', ')}`);
  }
  const probe = CORE_TABLES.map(
    (table) => sql`(select count(*) from (select 1 from ${sql.table(table)} limit 1) as one)`,
  );
  try {
    await sql`select ${sql.join(probe)}`.execute(db);
  } catch (error) {
    throw new NotReady(
      `a core table cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
