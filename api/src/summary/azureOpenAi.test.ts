import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { startFakeAzureOpenAi } from '../testing/fakeAzureOpenAi.js';
import {
  AzureOpenAiError,
  COGNITIVE_SERVICES_RESOURCE,
  createAzureOpenAiDrafter,
  readSummaryAnswer,
} from './azureOpenAi.js';

const AZURE = {
  AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com/',
  AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
  AZURE_OPENAI_API_KEY: 'key',
};

const CLIENT_ID = '5c7e4a1b-2f3d-4e6a-9b8c-0d1e2f3a4b5c';

const APP_SERVICE_IDENTITY = {
  IDENTITY_ENDPOINT: 'http://127.0.0.1:41234/msi/token',
  IDENTITY_HEADER: 'identity-secret',
};

describe('Azure OpenAI configuration', () => {
  it('is off unless configured, and needs the endpoint, the deployment and a key or a managed identity', () => {
    expect(loadConfig({}).azureOpenAi).toBeNull();
    expect(loadConfig(AZURE).azureOpenAi).toEqual({
      endpoint: 'https://contoso.openai.azure.com',
      deployment: 'gpt-4o',
      auth: { kind: 'key', apiKey: 'key' },
    });
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_API_KEY: '' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_API_KEY: '' })).toThrow(/AZURE_OPENAI_API_KEY/);
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_DEPLOYMENT: '' })).toThrow(/AZURE_OPENAI_DEPLOYMENT/);
    expect(
      loadConfig({ ...AZURE, AZURE_OPENAI_API_KEY: '', ...APP_SERVICE_IDENTITY }).azureOpenAi?.auth,
    ).toEqual({
      kind: 'managedIdentity',
      identity: {
        endpoint: APP_SERVICE_IDENTITY.IDENTITY_ENDPOINT,
        secret: APP_SERVICE_IDENTITY.IDENTITY_HEADER,
      },
    });
    // A key, when given, wins: the operator chose it.
    expect(loadConfig({ ...AZURE, ...APP_SERVICE_IDENTITY }).azureOpenAi?.auth.kind).toBe('key');
  });

  it('takes a user-assigned identity by its client id, only with an identity endpoint and without a key', () => {
    const withoutKey = { ...AZURE, AZURE_OPENAI_API_KEY: '' };
    expect(
      loadConfig({
        ...withoutKey,
        ...APP_SERVICE_IDENTITY,
        AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID: CLIENT_ID,
      }).azureOpenAi?.auth,
    ).toEqual({
      kind: 'managedIdentity',
      identity: {
        endpoint: APP_SERVICE_IDENTITY.IDENTITY_ENDPOINT,
        secret: APP_SERVICE_IDENTITY.IDENTITY_HEADER,
        clientId: CLIENT_ID,
      },
    });
    const named = /AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID/;
    expect(() => loadConfig({ ...withoutKey, AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID: CLIENT_ID })).toThrow(
      named,
    );
    expect(() =>
      loadConfig({ ...AZURE, ...APP_SERVICE_IDENTITY, AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID: CLIENT_ID }),
    ).toThrow(named);
    expect(() =>
      loadConfig({
        ...withoutKey,
        ...APP_SERVICE_IDENTITY,
        AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID: 'my-app',
      }),
    ).toThrow(named);
    // Alone it is a half-configured deployment, not "off".
    expect(() => loadConfig({ AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID: CLIENT_ID })).toThrow(
      /AZURE_OPENAI_ENDPOINT/,
    );
  });

  it('sends the key and transcript over plain http only to loopback', () => {
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_ENDPOINT: 'http://contoso.example' })).toThrow(/https/);
    expect(
      loadConfig({ ...AZURE, AZURE_OPENAI_ENDPOINT: 'http://127.0.0.1:9999' }).azureOpenAi?.endpoint,
    ).toBe('http://127.0.0.1:9999');
    expect(() => loadConfig({ ...AZURE, AZURE_OPENAI_DEPLOYMENT: 'a/b' })).toThrow(/AZURE_OPENAI_DEPLOYMENT/);
  });
});

describe("reading the deployment's answer", () => {
  const answer = (items: unknown) => JSON.stringify({ items });

  it('takes the asked-for items, joins lists into lines and leaves skipped items empty', () => {
    expect(
      readSummaryAnswer(
        answer([{ agendaItemId: 'a', said: 'S', decisions: ['d1', 'd2'], actionItems: [] }]),
        ['a', 'b'],
      ),
    ).toEqual([
      { agendaItemId: 'a', said: 'S', decisions: 'd1\nd2', actions: '' },
      { agendaItemId: 'b', said: '', decisions: '', actions: '' },
    ]);
  });

  it('refuses anything but the JSON shape asked for', () => {
    const refused = (content: unknown) => {
      try {
        readSummaryAnswer(content, ['a']);
        return null;
      } catch (error) {
        return error instanceof AzureOpenAiError ? error.reason : 'other';
      }
    };
    expect(refused(undefined)).toBe('invalid_response');
    expect(refused('not json')).toBe('invalid_response');
    expect(refused('{"summary":"x"}')).toBe('invalid_response');
    expect(refused(answer([{ agendaItemId: 'a', said: 1, decisions: [], actionItems: [] }]))).toBe(
      'invalid_response',
    );
    expect(refused(answer([{ agendaItemId: 'a', said: 'x', decisions: 'd', actionItems: [] }]))).toBe(
      'invalid_response',
    );
    expect(refused(answer([{ agendaItemId: 'z', said: 'x', decisions: [], actionItems: [] }]))).toBe(
      'invalid_response',
    );
  });
});

describe('with the app’s managed identity instead of a key', () => {
  it('sends a token for Azure AI services, fetched once while it is valid, and never a key', async () => {
    const stand = await startFakeAzureOpenAi({ bearerToken: 'identity-token' });
    const identityCalls: URL[] = [];
    // App Service's identity endpoint (GET ?resource=…&api-version=2019-08-01, X-IDENTITY-HEADER).
    const http: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== '/msi/token') return fetch(input, init);
      identityCalls.push(url);
      const secret = new Headers(init?.headers).get('x-identity-header');
      if (secret !== APP_SERVICE_IDENTITY.IDENTITY_HEADER) return new Response('', { status: 401 });
      const expiresOn = Math.floor(Date.now() / 1000) + 3600;
      return Response.json({ access_token: 'identity-token', expires_on: String(expiresOn) });
    };
    try {
      const config = loadConfig({
        AZURE_OPENAI_ENDPOINT: stand.endpoint,
        AZURE_OPENAI_DEPLOYMENT: stand.deployment,
        ...APP_SERVICE_IDENTITY,
      }).azureOpenAi;
      if (config === null) throw new Error('not configured');
      const drafter = createAzureOpenAiDrafter(config, { fetch: http });
      const item = { agendaItemId: 'a', title: 'Growth', expectedResponse: null, lines: [] };
      await drafter.draft([item], 'en');
      const [second] = await drafter.draft([item], 'ja');

      expect(second?.agendaItemId).toBe('a');
      expect(identityCalls).toHaveLength(1);
      expect(identityCalls[0]?.searchParams.get('resource')).toBe(COGNITIVE_SERVICES_RESOURCE);
      expect(stand.requests.map((request) => [request.authorization, request.apiKey])).toEqual([
        ['Bearer identity-token', undefined],
        ['Bearer identity-token', undefined],
      ]);
    } finally {
      await stand.close();
    }
  });

  it('asks for the user-assigned identity named by its client id, and the system-assigned one without', async () => {
    const stand = await startFakeAzureOpenAi({ bearerToken: 'user-assigned-token' });
    const identityCalls: URL[] = [];
    // App Service answers for the identity named by client_id; without it, for the system-assigned one.
    const http: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== '/msi/token') return fetch(input, init);
      identityCalls.push(url);
      if (new Headers(init?.headers).get('x-identity-header') !== APP_SERVICE_IDENTITY.IDENTITY_HEADER)
        return new Response('', { status: 401 });
      const token = url.searchParams.get('client_id') === CLIENT_ID ? 'user-assigned-token' : 'system-token';
      return Response.json({ access_token: token, expires_on: String(Math.floor(Date.now() / 1000) + 3600) });
    };
    try {
      const env = {
        AZURE_OPENAI_ENDPOINT: stand.endpoint,
        AZURE_OPENAI_DEPLOYMENT: stand.deployment,
        ...APP_SERVICE_IDENTITY,
      };
      const item = { agendaItemId: 'a', title: 'Growth', expectedResponse: null, lines: [] };
      const userAssigned = loadConfig({
        ...env,
        AZURE_OPENAI_MANAGED_IDENTITY_CLIENT_ID: CLIENT_ID,
      }).azureOpenAi;
      if (userAssigned === null) throw new Error('not configured');
      const [drafted] = await createAzureOpenAiDrafter(userAssigned, { fetch: http }).draft([item], 'en');
      expect(drafted?.agendaItemId).toBe('a');
      expect(identityCalls[0]?.searchParams.get('client_id')).toBe(CLIENT_ID);
      expect(identityCalls[0]?.searchParams.get('api-version')).toBe('2019-08-01');
      expect(identityCalls[0]?.searchParams.get('resource')).toBe(COGNITIVE_SERVICES_RESOURCE);
      expect(stand.requests.map((request) => request.authorization)).toEqual(['Bearer user-assigned-token']);

      // The system-assigned identity's token is not the one the stand-in was granted to.
      const systemAssigned = loadConfig(env).azureOpenAi;
      if (systemAssigned === null) throw new Error('not configured');
      const refused = await createAzureOpenAiDrafter(systemAssigned, { fetch: http })
        .draft([item], 'en')
        .catch((cause: unknown) => cause);
      expect(identityCalls[1]?.searchParams.has('client_id')).toBe(false);
      expect(refused).toBeInstanceOf(AzureOpenAiError);
    } finally {
      await stand.close();
    }
  });

  it('turns a refused identity into a failed draft that names the status, not a token', async () => {
    const config = loadConfig({
      AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com',
      AZURE_OPENAI_DEPLOYMENT: 'gpt-4o',
      ...APP_SERVICE_IDENTITY,
    }).azureOpenAi;
    if (config === null) throw new Error('not configured');
    const drafter = createAzureOpenAiDrafter(config, {
      fetch: async () => new Response('', { status: 403 }),
    });
    const error = await drafter.draft([], 'en').catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(AzureOpenAiError);
    expect((error as AzureOpenAiError).reason).toBe('failed');
    expect((error as AzureOpenAiError).message).toBe('managed identity endpoint answered 403');
  });
});
