import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './schema.js';

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');
// `0001_name.ts` while tests run the sources, `0001_name.js` once compiled; never the .d.ts or maps.
const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.(ts|js)$/;

/** The migrations this build knows: the numbered files of the folder, in order. */
export async function knownMigrationNames(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR))
    .filter((file) => MIGRATION_FILE.test(file) && !file.endsWith('.d.ts'))
    .map((file) => file.replace(/\.(ts|js)$/, ''))
    .sort();
}

/** The migrations recorded as applied in `schema`; throws when the bookkeeping table is missing. */
export async function appliedMigrationNames(db: Kysely<Database>, schema: string): Promise<string[]> {
  const result = await sql<{
    name: string;
  }>`select name from ${sql.table(`${schema}.kysely_migration`)}`.execute(db);
  return result.rows.map((row) => row.name).sort();
}

/**
 * Migrations are the numbered files of one folder, so adding one never touches a shared index.
 */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter(
      (file) => MIGRATION_FILE.test(file) && !file.endsWith('.d.ts'),
    );
    const migrations: Record<string, Migration> = {};
    for (const file of files.sort()) {
      const name = file.replace(/\.(ts|js)$/, '');
      const module: Migration = await import(pathToFileURL(path.join(MIGRATIONS_DIR, file)).href);
      migrations[name] = module;
    }
    return migrations;
  }
}

export interface MigrationReport {
  applied: string[];
}

/** Applies every pending migration in order; a failure rolls its migration back and stops start-up. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<MigrationReport> {
  // Kysely's bookkeeping tables live in the schema being migrated (the connection's search path
  // unless named): otherwise parallel schemas in one database would see each other's lock table.
  const target =
    schema ?? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  // Migrations describe the schema they build, so they see an untyped database.
  const migrator = new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: new FolderMigrationProvider(),
    ...(target === undefined ? {} : { migrationTableSchema: target }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed`, { cause: error });
  }
  return { applied: (results ?? []).map((result) => result.migrationName) };
}
