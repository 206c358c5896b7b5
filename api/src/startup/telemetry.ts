/**
 * Application Insights through the Azure Monitor OpenTelemetry distro, for the connection string
 * App Service sets (APPLICATIONINSIGHTS_CONNECTION_STRING): incoming requests, outgoing HTTP calls
 * (Graph, Bot Framework) and PostgreSQL queries as dependencies, exceptions. Off — and not even
 * loaded — when the variable is unset, so local runs and tests are unaffected.
 *
 * Taiwa is ESM, and ESM modules can only be instrumented if the loader hook is registered before
 * they are imported; main.ts therefore starts telemetry before it imports the server.
 */

export interface Telemetry {
  /** Flushes what is buffered; call on shutdown. */
  shutdown(): Promise<void>;
}

export interface TelemetryLoader {
  registerLoader(): Promise<void>;
  start(connectionString: string): Promise<Telemetry>;
}

const azureMonitor: TelemetryLoader = {
  async registerLoader() {
    await import('@azure/monitor-opentelemetry/loader');
  },
  async start(connectionString) {
    const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString },
      instrumentationOptions: {
        http: { enabled: true },
        postgreSql: { enabled: true },
        azureSdk: { enabled: false },
        mongoDb: { enabled: false },
        mySql: { enabled: false },
        redis: { enabled: false },
        redis4: { enabled: false },
      },
      // Logs go to stdout through pino (App Service collects them); no second copy of every line.
      enableLiveMetrics: false,
    });
    return { shutdown: () => shutdownAzureMonitor() };
  },
};

export async function startTelemetry(
  env: Readonly<Record<string, string | undefined>>,
  loader: TelemetryLoader = azureMonitor,
): Promise<Telemetry | null> {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim();
  if (connectionString === undefined || connectionString === '') return null;
  await loader.registerLoader();
  return loader.start(connectionString);
}
