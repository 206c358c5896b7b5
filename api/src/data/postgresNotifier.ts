import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from '../logging.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';

export interface PostgresNotifierOptions {
  connectionString: string;
  /** One channel per database schema, so test schemas sharing a server never wake each other. */
  channel: string;
  /** Sends NOTIFY; the application's pool, so a change is announced even while the listener reconnects. */
  pool: pg.Pool;
  log: Logger;
  /** Delay before reconnect attempt `n` (1, 2, …). */
  reconnectDelayMs?: (attempt: number) => number;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const defaultDelay = (attempt: number) => Math.min(250 * 2 ** (attempt - 1), 5_000);

/** The channel name for a schema: `taiwa_events_<schema>`, cut to PostgreSQL's 63-byte identifiers. */
export function notifyChannelFor(schema: string): string {
  return `taiwa_events_${schema}`.slice(0, 63);
}

/**
 * Session change notices across server instances: every instance LISTENs on one channel through a
 * dedicated connection and NOTIFYs it after a commit. Notices carry only `tenant/session`: readers
 * fetch the events from the log, so a notice lost while a connection was down costs nothing but
 * latency — after reconnecting, every local subscriber is woken to catch up.
 */
export async function createPostgresNotifier(
  options: PostgresNotifierOptions,
): Promise<SessionChangeNotifier> {
  if (!CHANNEL.test(options.channel)) throw new Error(`invalid notify channel "${options.channel}"`);
  const delay = options.reconnectDelayMs ?? defaultDelay;
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const key = (tenantId: string, sessionId: string) => `${tenantId}/${sessionId}`;
  const wakeEveryone = () => {
    for (const name of local.eventNames()) local.emit(name);
  };

  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on('notification', (message) => {
      if (message.channel === options.channel && message.payload) local.emit(message.payload);
    });
    next.on('error', (error) => {
      options.log.warn({ err: { message: error.message } }, 'realtime listener connection failed');
      dropAndRetry(next);
    });
    next.on('end', () => dropAndRetry(next));
    await next.connect();
    await next.query(`listen ${options.channel}`);
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
  }

  function dropAndRetry(failed: pg.Client): void {
    if (client === failed) client = null;
    failed.removeAllListeners('end');
    failed.end().catch(() => {});
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    if (closed || timer !== null || client !== null) return;
    attempt += 1;
    timer = setTimeout(() => {
      timer = null;
      connect().then(
        () => {
          options.log.info({ attempt }, 'realtime listener reconnected');
          attempt = 0;
          wakeEveryone();
        },
        (error: unknown) => {
          options.log.warn(
            { err: { message: String(error) }, attempt },
            'realtime listener reconnect failed',
          );
          scheduleReconnect();
        },
      );
    }, delay(attempt));
    timer.unref();
  }

  await connect();

  return {
    sessionChanged(tenantId, sessionId) {
      // Local subscribers hear it at once; other instances through PostgreSQL.
      local.emit(key(tenantId, sessionId));
      options.pool
        .query('select pg_notify($1, $2)', [options.channel, key(tenantId, sessionId)])
        .catch((error: unknown) => {
          options.log.warn({ err: { message: String(error) } }, 'could not announce a session change');
        });
    },
    subscribe(tenantId, sessionId, listener) {
      const name = key(tenantId, sessionId);
      local.on(name, listener);
      return () => local.off(name, listener);
    },
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      local.removeAllListeners();
      const current = client;
      client = null;
      if (current !== null) {
        current.removeAllListeners('end');
        await current.end().catch(() => {});
      }
    },
  };
}
