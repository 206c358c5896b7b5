import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.js';
import type { DatabaseHandle } from '../data/database.js';
import { seedDemoTenant } from '../dev/seedDemoTenant.js';
import { buildServer, type ServerDependencies } from '../server.js';
import { openTestDatabase } from './testDatabase.js';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Builds Taiwa the way `npm start` does (dev sign-in, demo tenant) on a test database. */
export async function buildTestApp(
  env: Record<string, string> = {},
  now?: () => Date,
  overrides: Partial<
    Pick<
      ServerDependencies,
      | 'writeRateLimit'
      | 'readRateLimit'
      | 'anonymousRateLimit'
      | 'notifier'
      | 'timeouts'
      | 'eventStreams'
      | 'logStream'
    >
  > = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', ...env });
  const database = await openTestDatabase();
  if (config.authMode === 'dev') await seedDemoTenant(database.db, now?.() ?? new Date());
  return buildServer({ config, database, ...(now === undefined ? {} : { now }), ...overrides });
}

/** The same, listening on a free loopback port, for browser tests and real HTTP clients. */
export async function startTestServer(
  env: Record<string, string> = {},
  overrides: Parameters<typeof buildTestApp>[2] = {},
): Promise<TestServer> {
  const app = await buildTestApp(env, undefined, overrides);
  return { app, url: await listenOnLoopback(app), close: () => app.close() };
}

/** Starts `app` listening on a free loopback port; its base URL. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on a port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * The demo tenant on a test database with its job runner left stopped, for tests that run the jobs
 * (card deliveries to a connector stand-in) by hand.
 */
export async function buildDemoAppWithoutJobs(
  overrides: Partial<Pick<ServerDependencies, 'writeRateLimit'>> = {},
): Promise<{ app: FastifyInstance; database: DatabaseHandle }> {
  const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
  const database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  const app = await buildServer({ config, database, jobs: { autoStart: false }, ...overrides });
  return { app, database };
}
