import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { closeToOthers, makePrivateDirectory } from './privateFiles.js';
import { findZeroedPageDamage, type RelationFiles, type ZeroedPageDamage } from './zeroedPages.js';

/**
 * `full`: every commit is on disk before it is acknowledged (PostgreSQL's fsync), so a power cut or
 * an OS crash loses nothing acknowledged and cannot leave torn files. `relaxed`: nothing is synced —
 * faster, for tests and throwaway demos only.
 */
export type Durability = 'full' | 'relaxed';

/** The embedded database's files cannot be used; the message says which and what to do. */
export class EmbeddedDatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddedDatabaseError';
  }
}

const CONTROL_FILE = 'global/pg_control';
const CONTROL_FILE_SIZE = 8192;

interface EmscriptenStream {
  nfd?: number;
}

/**
 * PGlite's Node file system leaves fsync out, and PostgreSQL's fdatasync is a no-op in its
 * WebAssembly runtime: even with fsync on, nothing reaches the disk until the OS gets to it. This
 * file system supplies fsync for real files; PostgreSQL is then told to sync its WAL with fsync.
 */
class SyncingNodeFS extends NodeFS {
  override async init(pg: PGlite, options: Parameters<NodeFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, options);
    const supplyFsync = (module: unknown) => {
      const { NODEFS } = module as {
        NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number } };
      };
      NODEFS.stream_ops.fsync = (stream) => {
        if (typeof stream.nfd === 'number') fs.fsyncSync(stream.nfd);
        return 0;
      };
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), supplyFsync] } };
  }
}

function pgliteOptions(location: string, durability: Durability): PGliteOptions {
  if (durability === 'relaxed') return { fs: new NodeFS(location) };
  // PGlite starts PostgreSQL with -F (fsync off) unless told otherwise.
  const startParams = [
    ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
    '-c',
    'wal_sync_method=fsync',
  ];
  return { fs: new SyncingNodeFS(location), startParams };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function recoveryAdvice(location: string): string {
  const aside = `${location}.damaged-${new Date().toISOString().slice(0, 10)}`;
  return [
    'To recover: stop Taiwa, move the folder aside',
    `(mv "${location}" "${aside}"), restore the folder from your latest backup, and start Taiwa again.`,
    'Without a backup, starting with the folder moved aside begins with an empty database;',
    'keep the damaged copy for whoever investigates.',
  ].join(' ');
}

/** PostgreSQL's own start-up fails with "Aborted()" on a damaged control file; say which file instead. */
async function checkControlFile(location: string): Promise<void> {
  const control = path.join(location, CONTROL_FILE);
  const size = await stat(control).then(
    (info) => info.size,
    () => null,
  );
  if (size === CONTROL_FILE_SIZE) return;
  const what = size === null ? 'is missing' : `is ${size} bytes long instead of ${CONTROL_FILE_SIZE}`;
  throw new EmbeddedDatabaseError(
    `The embedded database in ${location} is damaged: its control file ${control} ${what}. ${recoveryAdvice(location)}`,
  );
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('Aborted()') ? 'PostgreSQL aborted while starting' : message;
}

async function userRelations(client: PGlite): Promise<RelationFiles[]> {
  const { rows } = await client.query<{ table: string; file: string; indexes: RelationFiles['indexes'] }>(`
    select c.oid::regclass::text as "table", pg_relation_filepath(c.oid) as file,
      coalesce((
        select json_agg(json_build_object('name', i.indexrelid::regclass::text, 'file', pg_relation_filepath(i.indexrelid)))
        from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_am am on am.oid = ic.relam
        where i.indrelid = c.oid and am.amname = 'btree'
      ), '[]'::json) as indexes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg_toast%'`);
  return rows;
}

function describeDamage(damage: ZeroedPageDamage): string {
  const pages =
    damage.blocks.length === 1 ? `page ${damage.blocks[0]} is` : `pages ${damage.blocks.join(', ')} are`;
  return `table ${damage.table} (file ${damage.file}): ${pages} all zeros, yet index ${damage.index} still points at ${damage.references} rows there`;
}

/**
 * Opens (or creates) the embedded database under `dataDir`, for the owner's eyes only, with the
 * durability asked for. A data directory that cannot be used stops start-up with a message that
 * names the damaged file and says how to recover, instead of PostgreSQL's bare "Aborted()".
 */
export async function openEmbeddedDatabase(dataDir: string, durability: Durability): Promise<PGlite> {
  const location = path.join(dataDir, 'pglite');
  await makePrivateDirectory(dataDir);
  await makePrivateDirectory(location);
  const existing = await exists(path.join(location, 'PG_VERSION'));
  if (existing) await checkControlFile(location);

  let client: PGlite;
  try {
    client = await PGlite.create(pgliteOptions(location, durability));
  } catch (error) {
    throw new EmbeddedDatabaseError(
      existing
        ? `The embedded database in ${location} cannot be opened (${describeFailure(error)}); its files are probably damaged. ${recoveryAdvice(location)}`
        : `The embedded database could not be created in ${location} (${describeFailure(error)}). Check that the folder is writable and the disk has room.`,
      { cause: error },
    );
  }
  // initdb writes its files with explicit modes that ignore the umask, and older installations
  // left them world-readable.
  await closeToOthers(dataDir);

  if (existing) {
    // The files hold every committed page only after a checkpoint.
    await client.exec('checkpoint');
    const damage = await findZeroedPageDamage(location, await userRelations(client));
    if (damage.length > 0) {
      await client.close();
      throw new EmbeddedDatabaseError(
        `The embedded database in ${location} has lost rows to storage damage: ${damage.map(describeDamage).join('; ')}. ${recoveryAdvice(location)}`,
      );
    }
  }
  return client;
}
