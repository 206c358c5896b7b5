import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { KeyVaultReferenceError, resolveKeyVaultReferences, secretUrlOf } from './keyVaultReferences.js';

/**
 * A loopback stand-in for App Service's managed identity endpoint (GET IDENTITY_ENDPOINT?resource=…
 * &api-version=2019-08-01 with X-IDENTITY-HEADER) and Key Vault's Get Secret (GET
 * /secrets/{name}/{version}?api-version=7.4), answering 403 ForbiddenByRbac until the role
 * assignment "propagates".
 */
let server: Server;
let base: string;
let refusalsLeft = 0;
const requests: string[] = [];
const SECRETS: Record<string, string> = {
  'database-url':
    'postgresql://taiwa:p%40ss@taiwa-dev-pg.postgres.database.azure.com:5432/taiwa?sslmode=require',
  'entra-client-secret': 'client-secret-value',
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    requests.push(`${request.method} ${url.pathname}`);
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/msi/token') {
      if (
        request.headers['x-identity-header'] !== 'identity-secret' ||
        url.searchParams.get('api-version') !== '2019-08-01'
      )
        return json(400, { error: 'invalid_request' });
      return json(200, {
        access_token: `token-for-${url.searchParams.get('resource')}`,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: url.searchParams.get('resource'),
        token_type: 'Bearer',
        client_id: '00000000-0000-4000-8000-0000000000c1',
      });
    }
    const secret = /^\/secrets\/([^/]+)\/?([^/]*)$/.exec(url.pathname);
    if (secret !== null && url.searchParams.get('api-version') === '7.4') {
      if (!request.headers.authorization?.startsWith('Bearer token-for-'))
        return json(401, { error: { code: 'Unauthorized' } });
      if (refusalsLeft > 0) {
        refusalsLeft--;
        return json(403, {
          error: {
            code: 'Forbidden',
            message: 'Caller is not authorized to perform action on resource.',
            innererror: { code: 'ForbiddenByRbac' },
          },
        });
      }
      const value = SECRETS[secret[1] ?? ''];
      if (value === undefined) return json(404, { error: { code: 'SecretNotFound' } });
      return json(200, {
        value,
        id: `${base}/secrets/${secret[1]}/0123456789abcdef`,
        attributes: { enabled: true },
      });
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function clock() {
  let at = 0;
  const waits: number[] = [];
  return {
    now: () => at,
    sleep: async (ms: number) => {
      waits.push(ms);
      at += ms;
    },
    waits,
  };
}

const appServiceEnv = () => ({
  PORT: '8080',
  HOST: '0.0.0.0',
  AUTH_MODE: 'entra',
  ENTRA_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  ALLOWED_TENANTS: 'aaaaaaaa-0000-4000-8000-00000000000a',
  IDENTITY_ENDPOINT: `${base}/msi/token`,
  IDENTITY_HEADER: 'identity-secret',
  BOT_APP_ID: '99999999-2222-4333-8444-555555555555',
  BOT_APP_PASSWORD: 'bot-secret',
  DATABASE_URL: `@Microsoft.KeyVault(SecretUri=${base}/secrets/database-url/)`,
  ENTRA_CLIENT_SECRET: `@Microsoft.KeyVault(SecretUri=${base}/secrets/entra-client-secret/)`,
});

describe('Key Vault references App Service could not resolve yet', () => {
  it('are resolved with the managed identity once the role has propagated, after backing off', async () => {
    refusalsLeft = 3;
    const time = clock();
    const env = await resolveKeyVaultReferences(appServiceEnv(), {
      ...time,
      trustVault: (url) => url.origin === base,
    });
    expect(env.DATABASE_URL).toBe(SECRETS['database-url']);
    expect(env.ENTRA_CLIENT_SECRET).toBe('client-secret-value');
    expect(time.waits).toEqual([2_000, 4_000, 8_000]);
    // The configuration that would have stopped start-up now loads.
    expect(() => loadConfig(appServiceEnv())).toThrow(/DATABASE_URL/);
    expect(loadConfig(env).databaseUrl).toBe(SECRETS['database-url']);
  });

  it('gives up at the deadline with a message naming the variable and the role, never the secret', async () => {
    refusalsLeft = 1_000;
    const time = clock();
    const failure = await resolveKeyVaultReferences(appServiceEnv(), {
      ...time,
      deadlineMs: 60_000,
      trustVault: (url) => url.origin === base,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KeyVaultReferenceError);
    expect((failure as Error).message).toMatch(
      /^DATABASE_URL: .*Key Vault answered 403.*Key Vault Secrets User/,
    );
    expect(time.now()).toBeLessThanOrEqual(60_000);
    refusalsLeft = 0;
  });

  it('sends the identity token only to Azure Key Vault hosts', async () => {
    const before = requests.length;
    await expect(resolveKeyVaultReferences(appServiceEnv())).rejects.toThrow(/not an Azure Key Vault/);
    expect(requests.length).toBe(before);
    expect(secretUrlOf('@Microsoft.KeyVault(VaultName=taiwa-kv;SecretName=bot-app-password)')?.href).toBe(
      'https://taiwa-kv.vault.azure.net/secrets/bot-app-password',
    );
    expect(secretUrlOf('@Microsoft.KeyVault(nonsense)')).toBeNull();
  });

  it('leaves an environment without references alone and asks nobody', async () => {
    const before = requests.length;
    const env = { PORT: '0', DATABASE_URL: 'postgres://localhost/taiwa' };
    expect(await resolveKeyVaultReferences(env)).toBe(env);
    expect(requests.length).toBe(before);
  });
});
