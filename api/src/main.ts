import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './data/database.js';
import { EmbeddedDatabaseError } from './data/embeddedDatabase.js';
import { migrateToLatest } from './data/migrator.js';
import { PRIVATE_UMASK } from './data/privateFiles.js';
import { seedDemoHistory } from './dev/seedDemoHistory.js';
import { seedDemoTenant } from './dev/seedDemoTenant.js';
import { buildServer } from './server.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  // Memo text, the database's WAL and the dev signing key are for this process's user only.
  process.umask(PRIVATE_UMASK);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
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
    app.close().then(
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

main().catch((error: unknown) => {
  process.stderr.write(`Taiwa failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  // A damaged database's message already names the file and the way out; PGlite's cause adds nothing.
  if (error instanceof Error && error.cause instanceof Error && !(error instanceof EmbeddedDatabaseError))
    process.stderr.write(`  cause: ${error.cause.message}\n`);
  process.exit(1);
});
