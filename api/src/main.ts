import { PRIVATE_UMASK } from './data/privateFiles.js';
import { KeyVaultReferenceError, resolveKeyVaultReferences } from './startup/keyVaultReferences.js';
import { startTelemetry } from './startup/telemetry.js';

/**
 * Process entry. Only light modules are imported statically: Key Vault references are resolved
 * first (App Service may start the app before its identity can read the vault), then telemetry is
 * started when APPLICATIONINSIGHTS_CONNECTION_STRING is set — before the server's modules load, so
 * their HTTP and PostgreSQL calls are instrumented — and only then is the server imported.
 */
async function main(): Promise<void> {
  // Memo text, the database's WAL and the dev signing key are for this process's user only.
  process.umask(PRIVATE_UMASK);
  let env: Readonly<Record<string, string | undefined>>;
  try {
    env = await resolveKeyVaultReferences(process.env, {
      log: (message) => process.stderr.write(`Taiwa: ${message}\n`),
    });
  } catch (error) {
    if (error instanceof KeyVaultReferenceError) {
      process.stderr.write(`Taiwa cannot start: invalid configuration, ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const telemetry = await startTelemetry(env);
  const { serve } = await import('./serve.js');
  await serve(env, async () => {
    await telemetry?.shutdown();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Taiwa failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  // A damaged database's message already names the file and the way out; PGlite's cause adds nothing.
  // (Matched by name: importing the embedded database here would load PGlite before telemetry.)
  if (error instanceof Error && error.cause instanceof Error && error.name !== 'EmbeddedDatabaseError')
    process.stderr.write(`  cause: ${error.cause.message}\n`);
  process.exit(1);
});
