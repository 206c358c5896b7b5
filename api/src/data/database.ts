import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Durability, openEmbeddedDatabase } from './embeddedDatabase.js';
import { PGliteDialect } from './pgliteDialect.js';
import type { Database } from './schema.js';

/**
 * Taiwa's database as the rest of the API holds it: an opaque handle that is only ever handed back to
 * data/ (`forTenant`, the system repositories). Outside data/ nothing queries it — a lint rule forbids
 * importing kysely there — so this alias is the one database type the other layers name.
 */
export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** A PostgreSQL server; when null the embedded PGlite is used. */
  databaseUrl: string | null;
  /** PGlite's folder parent, or `memory://`. */
  dataDir: string;
  /** Whether the embedded database syncs every commit to disk; `full` unless said otherwise. */
  durability?: Durability;
  /** Isolates a test run inside one PostgreSQL database: created when missing, put first on the search path. */
  schema?: string;
}

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** The embedded engine, when there is one: realtime uses its LISTEN/NOTIFY in-process. */
  readonly pglite: PGlite | null;
  readonly pool: pg.Pool | null;
  readonly schema: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  return options.databaseUrl === null
    ? openEmbedded(options.dataDir, schema, options.durability ?? 'full')
    : openServer(options.databaseUrl, schema);
}

async function openEmbedded(
  dataDir: string,
  schema: string,
  durability: Durability,
): Promise<DatabaseHandle> {
  const client =
    dataDir === 'memory://'
      ? await PGlite.create('memory://')
      : await openEmbeddedDatabase(dataDir, durability);
  if (schema !== 'public') {
    await client.exec(`create schema if not exists ${schema}; set search_path to ${schema}`);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    pool: null,
    schema,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
      await client.close();
    },
  };
}

async function openServer(databaseUrl: string, schema: string): Promise<DatabaseHandle> {
  if (schema !== 'public') {
    const setup = new pg.Client({ connectionString: databaseUrl });
    await setup.connect();
    try {
      await setup.query(`create schema if not exists ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Only tests pin a schema; otherwise the server's (or DATABASE_URL's) search path applies.
    ...(schema === 'public' ? {} : { options: `-c search_path=${schema}` }),
  });
  // A server restart drops idle clients; the pool replaces them, so this must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // DATABASE_URL may choose the schema itself (`?options=-c search_path=…`); what matters to the
  // rest of Taiwa (migrations, the notify channel shared by instances) is the schema in effect.
  const inEffect = schema === 'public' ? await currentSchema(db) : schema;
  return {
    db,
    kind: 'postgres',
    pglite: null,
    pool,
    schema: inEffect,
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const result = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema ?? 'public';
}
