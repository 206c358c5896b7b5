import type { DatabaseHandle } from '../data/database.js';
import { createPostgresNotifier, notifyChannelFor } from '../data/postgresNotifier.js';
import type { Logger } from '../logging.js';
import { createInProcessNotifier, type SessionChangeNotifier } from './notifier.js';

/**
 * The embedded database lives in this one process, so in-process delivery is complete there; a
 * PostgreSQL server may be shared by several instances, so they talk through LISTEN/NOTIFY.
 */
export async function createNotifierFor(
  database: DatabaseHandle,
  databaseUrl: string | null,
  log: Logger,
): Promise<SessionChangeNotifier> {
  if (database.kind === 'pglite' || database.pool === null || databaseUrl === null)
    return createInProcessNotifier();
  return createPostgresNotifier({
    connectionString: databaseUrl,
    channel: notifyChannelFor(database.schema),
    pool: database.pool,
    log,
  });
}
