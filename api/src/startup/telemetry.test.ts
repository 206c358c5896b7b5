import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTelemetry, type TelemetryLoader } from './telemetry.js';

function recordingLoader() {
  const calls: string[] = [];
  const loader: TelemetryLoader = {
    async registerLoader() {
      calls.push('registerLoader');
    },
    async start(connectionString) {
      calls.push(`start ${connectionString}`);
      return {
        shutdown: async () => {
          calls.push('shutdown');
        },
      };
    },
  };
  return { calls, loader };
}

const CONNECTION =
  'InstrumentationKey=00000000-0000-4000-8000-0000000000a1;IngestionEndpoint=https://japaneast-1.in.applicationinsights.azure.com/';

describe('Application Insights', () => {
  it('stays off, without loading the SDK, when APPLICATIONINSIGHTS_CONNECTION_STRING is unset or empty', async () => {
    for (const env of [{}, { APPLICATIONINSIGHTS_CONNECTION_STRING: '  ' }]) {
      const { calls, loader } = recordingLoader();
      expect(await startTelemetry(env, loader)).toBeNull();
      expect(calls).toEqual([]);
    }
  });

  it('registers the ESM loader hook before starting the exporter with the connection string, and flushes on shutdown', async () => {
    const { calls, loader } = recordingLoader();
    const telemetry = await startTelemetry({ APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION }, loader);
    await telemetry?.shutdown();
    expect(calls).toEqual(['registerLoader', `start ${CONNECTION}`, 'shutdown']);
  });

  it('ships the Azure Monitor distro the connection string expects, with its ESM loader', () => {
    const require = createRequire(path.join(import.meta.dirname, '../../package.json'));
    const dependencies = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'),
    ).dependencies as Record<string, string>;
    expect(dependencies['@azure/monitor-opentelemetry']).toBeDefined();
    expect(require.resolve('@azure/monitor-opentelemetry/package.json')).toContain('monitor-opentelemetry');
    const manifest = JSON.parse(
      readFileSync(require.resolve('@azure/monitor-opentelemetry/package.json'), 'utf8'),
    );
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './loader']));
    // Code must run on Node 20 and 22: the distro must not demand newer.
    expect(manifest.engines.node).toBe('>=20.0.0');
  });

  it('starts before the server is imported: main.ts imports the server only dynamically', () => {
    const main = readFileSync(path.join(import.meta.dirname, '../main.ts'), 'utf8');
    const staticImports = [...main.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]);
    // Only modules that load nothing instrumented: the umask constant and the two start-up steps.
    expect(staticImports).toEqual([
      './data/privateFiles.js',
      './startup/keyVaultReferences.js',
      './startup/telemetry.js',
    ]);
    expect(main.indexOf('startTelemetry(env)')).toBeLessThan(main.indexOf("import('./serve.js')"));
  });
});
