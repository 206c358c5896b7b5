import { type Config, ConfigError, loadConfig } from './config.js';
import { openDatabase } from './data/database.js';
import { migrateToLatest } from './data/migrator.js';
import { readyBanner } from './dev/readyBanner.js';
import { seedDemoHistory } from './dev/seedDemoHistory.js';
import { seedDemoTenant } from './dev/seedDemoTenant.js';
import { buildServer } from './server.js';

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Starts Taiwa on an environment whose Key Vault references are resolved (see main.ts): config →
 * database and migrations → server → listen → graceful shutdown, then `onClosed` (telemetry flush).
 */
export async function serve(
  env: Readonly<Record<string, string | undefined>>,
  onClosed: () => Promise<void> = async () => {},
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Taiwa cannot start: invalid configuration, ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }

  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    durability: config.dataDurability,
  });
  await migrateToLatest(database.db, database.schema);
  if (config.authMode === 'dev') {
    await seedDemoTenant(database.db, new Date());
    await seedDemoHistory(database.db);
  }

  const app = await buildServer({ config, database });
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { authMode: config.authMode, database: database.kind, url: config.publicUrl },
    config.authMode === 'dev'
      ? `Taiwa is ready: open ${config.publicUrl} and sign in as a demo user`
      : 'Taiwa is ready',
  );
  // For the person who just typed `npm start`; process.uptime() includes any build npm start ran.
  if (config.authMode === 'dev') process.stdout.write(`${readyBanner(config.publicUrl, process.uptime())}\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('graceful shutdown timed out');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    app
      .close()
      .then(onClosed)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'error during shutdown');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
