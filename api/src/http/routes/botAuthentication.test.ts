import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../../dev/demoTenant.js';
import { buildServer } from '../../server.js';
import { personalMessage } from '../../testing/teamsActivities.js';
import { openTestDatabase } from '../../testing/testDatabase.js';
import { listenOnLoopback } from '../../testing/testServer.js';

const BOT_APP_ID = 'b0700000-0000-4000-8000-00000000b071';
const kenta = { aadObjectId: DEMO_PEOPLE.kenta.id, name: DEMO_PEOPLE.kenta.displayName };
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens an attacker might send: shaped like Bot Framework's, signed by nobody Bot Framework trusts. */
const FORGED_TOKENS = [
  'not-a-jwt',
  `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: 'https://api.botframework.com', aud: BOT_APP_ID })}.`,
  `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${base64url({
    iss: 'https://api.botframework.com',
    aud: BOT_APP_ID,
    serviceurl: 'https://attacker.example/',
    exp: Math.floor(Date.now() / 1000) + 600,
  })}.Zm9yZ2Vk`,
  `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${base64url({
    iss: 'https://sts.windows.net/00000000-0000-4000-8000-000000000001/',
    aud: BOT_APP_ID,
    exp: Math.floor(Date.now() / 1000) + 600,
  })}.Zm9yZ2Vk`,
];

let app: FastifyInstance;
let url: string;
let log = '';

beforeAll(async () => {
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'info',
    BOT_APP_ID,
    BOT_APP_PASSWORD: 'bot-secret',
  });
  app = await buildServer({
    config,
    database: await openTestDatabase(),
    jobs: { autoStart: false },
    logStream: new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    }),
  });
  url = await listenOnLoopback(app);
});

afterAll(async () => {
  await app.close();
});

describe('the bot endpoint with its credentials set', () => {
  it.each(FORGED_TOKENS.map((token, index) => [index, token]))(
    'answers forged token %i with a 401 problem, logged without a stack or the token',
    async (_index, token) => {
      const before = log.length;
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(personalMessage('https://attacker.example/', DEMO_TENANT_ID, kenta, 'my 1on1s')),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const written = log.slice(before);
      expect(written).toContain('rejected a Bot Framework request');
      expect(written).not.toContain(token);
      expect(written).not.toContain('"stack"');
    },
  );

  it('answers an activity with no token at all with a 401, even from loopback', async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage('https://attacker.example/', DEMO_TENANT_ID, kenta, 'my 1on1s')),
    });
    expect(response.status).toBe(401);
  });
});
