import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const ENTRA = {
  AUTH_MODE: 'entra',
  ENTRA_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  ALLOWED_TENANTS: '*',
  HOST: '0.0.0.0',
  BOT_APP_ID: '99999999-2222-4333-8444-555555555555',
  BOT_APP_PASSWORD: 'bot-secret',
};

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/taiwa');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('starts on embedded defaults with nothing set', () => {
    const config = loadConfig({}, '/srv/taiwa');
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      authMode: 'dev',
      databaseUrl: null,
      dataDir: '/srv/taiwa/.data',
      publicUrl: 'http://localhost:3978',
      graphBaseUrl: 'https://graph.microsoft.com',
    });
    expect(config.entra.authorityHost).toBe('https://login.microsoftonline.com');
  });

  it('syncs the embedded database to disk unless told it may relax', () => {
    expect(loadConfig({}, '/srv/taiwa').dataDurability).toBe('full');
    expect(loadConfig({ DATA_DURABILITY: 'relaxed' }, '/srv/taiwa').dataDurability).toBe('relaxed');
    const refused = failure({ DATA_DURABILITY: 'off' });
    expect(refused.variable).toBe('DATA_DURABILITY');
    expect(refused.message).toContain('"full" or "relaxed"');
  });

  it('switches to entra mode when a client id is configured', () => {
    expect(
      loadConfig({
        ENTRA_CLIENT_ID: ENTRA.ENTRA_CLIENT_ID,
        ALLOWED_TENANTS: '*',
        BOT_APP_ID: ENTRA.BOT_APP_ID,
        BOT_APP_PASSWORD: ENTRA.BOT_APP_PASSWORD,
      }).authMode,
    ).toBe('entra');
  });

  it('refuses entra mode without the bot credentials, naming both settings', () => {
    const { BOT_APP_ID: _id, BOT_APP_PASSWORD: _password, ...withoutBot } = ENTRA;
    for (const env of [withoutBot, { ...withoutBot, HOST: '127.0.0.1' }]) {
      const refused = failure(env);
      expect(refused.variable).toBe('BOT_APP_ID');
      expect(refused.message).toContain('BOT_APP_PASSWORD');
    }
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ AUTH_MODE: 'magic' }, 'AUTH_MODE'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'ftp://example.com' }, 'PUBLIC_URL'],
    [{ ENTRA_AUTHORITY_HOST: 'login' }, 'ENTRA_AUTHORITY_HOST'],
    [{ GRAPH_BASE_URL: '::' }, 'GRAPH_BASE_URL'],
    [{ ...ENTRA, ENTRA_CLIENT_ID: 'abc' }, 'ENTRA_CLIENT_ID'],
    [{ AUTH_MODE: 'entra', HOST: '0.0.0.0' }, 'ENTRA_CLIENT_ID'],
    [{ ...ENTRA, ALLOWED_TENANTS: '' }, 'ALLOWED_TENANTS'],
    [{ ...ENTRA, ALLOWED_TENANTS: 'contoso' }, 'ALLOWED_TENANTS'],
    [{ BOT_APP_ID: 'nope' }, 'BOT_APP_ID'],
    [{ BOT_APP_ID: '11111111-2222-4333-8444-555555555555' }, 'BOT_APP_PASSWORD'],
    [{ BOT_TENANT_ID: 'x' }, 'BOT_TENANT_ID'],
    [{ TEAMS_APP_ID: 'x' }, 'TEAMS_APP_ID'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SERVE_SOURCE_MAPS: 'yes' }, 'SERVE_SOURCE_MAPS'],
  ])('refuses %j, naming %s', (env, variable) => {
    const error = failure(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it.each(['0.0.0.0', '192.168.1.10', '::'])('refuses dev sign-in on %s', (host) => {
    expect(failure({ HOST: host }).variable).toBe('HOST');
  });

  it.each(['127.0.0.1', '::1', 'localhost'])('allows dev sign-in on loopback %s', (host) => {
    expect(loadConfig({ HOST: host }).host).toBe(host);
  });

  it('serves any address in entra mode', () => {
    expect(loadConfig(ENTRA).host).toBe('0.0.0.0');
  });

  it('serves source maps on the local demo, never in production unless configured', () => {
    expect(loadConfig({}).serveSourceMaps).toBe(true);
    expect(loadConfig({ SERVE_SOURCE_MAPS: 'false' }).serveSourceMaps).toBe(false);
    expect(loadConfig(ENTRA).serveSourceMaps).toBe(false);
    expect(loadConfig({ ...ENTRA, SERVE_SOURCE_MAPS: 'true' }).serveSourceMaps).toBe(true);
  });
});
