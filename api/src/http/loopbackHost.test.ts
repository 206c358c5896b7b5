import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../dev/demoTenant.js';
import { personalMessage } from '../testing/teamsActivities.js';
import { buildTestApp } from '../testing/testServer.js';
import { isLoopbackHostHeader } from './loopbackHost.js';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildTestApp();
});

afterAll(async () => {
  await app.close();
});

describe('which Host headers name loopback', () => {
  it.each(['localhost', 'localhost:3978', '127.0.0.1:3978', '[::1]:3978', '[::1]', 'LOCALHOST:80'])(
    'accepts %s',
    (host) => expect(isLoopbackHostHeader(host)).toBe(true),
  );
  it.each([
    undefined,
    '',
    'rebind.attacker.example',
    'rebind.attacker.example:3978',
    'localhost.attacker.example:3978',
    '127.0.0.1.nip.io:3978',
    '[::2]:3978',
    'localhost:3978:1',
  ])('refuses %s', (host) => expect(isLoopbackHostHeader(host)).toBe(false));
});

describe('dev mode against DNS rebinding', () => {
  it('gives a page that rebound its domain to 127.0.0.1 no dev token: 421 problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/token',
      headers: { host: 'rebind.attacker.example:3978' },
      payload: { userId: DEMO_PEOPLE.hanako.id },
    });
    expect(response.statusCode).toBe(421);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: 'urn:taiwa:problem:misdirected-request', status: 421 });
    expect(response.body).not.toContain('accessToken');
  });

  it('refuses unauthenticated bot activities that name a non-loopback Host', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: { host: 'taiwa.contoso.example' },
      payload: personalMessage(
        'http://127.0.0.1:1/',
        DEMO_TENANT_ID,
        {
          aadObjectId: DEMO_PEOPLE.kenta.id,
          name: DEMO_PEOPLE.kenta.displayName,
        },
        'my 1on1s',
      ),
    });
    expect(response.statusCode).toBe(421);
  });

  it.each(['localhost:3978', '127.0.0.1:3978', '[::1]:3978'])('answers %s as before', async (host) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/token',
      headers: { host },
      payload: { userId: DEMO_PEOPLE.hanako.id },
    });
    expect(response.statusCode).toBe(200);
  });
});
