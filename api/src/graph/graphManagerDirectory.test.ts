import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { GraphTokenCacheRepository } from '../data/repositories/graphTokenCaches.js';
import { buildServer } from '../server.js';
import { type FakeEntra, startFakeEntra, TEST_CLIENT_ID } from '../testing/fakeEntra.js';
import { type FakeGraph, startFakeGraph } from '../testing/fakeGraph.js';
import { type FakeTokenAuthority, startFakeTokenAuthority } from '../testing/fakeTokenAuthority.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { createMsalTokenSource } from './graphTokens.js';
import { createMsalNetwork } from './msalNetwork.js';
import { createTokenCacheCipher } from './tokenCacheCipher.js';

/**
 * Who manages whom, from Entra: a pair whose manager the directory names is established at once; a
 * pair the directory does not vouch for waits for the member's confirmation.
 */
const SECRET = 'manager-directory-secret';
const person = (n: number, name: string) => ({
  id: `00000000-0000-4000-8000-00000000e00${n}`,
  name,
  mail: `${name.toLowerCase()}@contoso.example`,
});
const MANAGER = person(1, 'Misaki');
const MEMBER = person(2, 'Kenta');
const COLLEAGUE = person(3, 'David');
const CONSENTED = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../aad.manifest.json'), 'utf8'))
    .requiredResourceAccess as Array<{ resourceAccess: Array<{ id: string; type: string }> }>
).flatMap((resource) => resource.resourceAccess.filter((access) => access.type === 'Role').map((a) => a.id));

let entra: FakeEntra;
let authority: FakeTokenAuthority;
let graph: FakeGraph;
let app: FastifyInstance;

async function as(who: { id: string; name: string; mail: string }) {
  const token = await entra.mint({
    userId: who.id,
    name: who.name,
    extra: { preferred_username: who.mail, uti: randomUUID() },
  });
  return { authorization: `Bearer ${token}` };
}

beforeAll(async () => {
  entra = await startFakeEntra();
  authority = await startFakeTokenAuthority({
    clientId: TEST_CLIENT_ID,
    clientSecret: SECRET,
    assertionJwkJson: entra.publicJwkJson,
    grantedApplicationPermissions: CONSENTED,
  });
  graph = await startFakeGraph();
  const config = loadConfig({
    ...entra.env(),
    PORT: '0',
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'silent',
    ENTRA_CLIENT_SECRET: SECRET,
    GRAPH_BASE_URL: graph.baseUrl,
  });
  const database = await openTestDatabase();
  app = await buildServer({
    config,
    database,
    graphTokens: createMsalTokenSource({
      authorityHost: authority.authorityHost,
      clientId: TEST_CLIENT_ID,
      clientSecret: SECRET,
      graphBaseUrl: config.graphBaseUrl,
      cacheStore: new GraphTokenCacheRepository(database.db),
      cipher: createTokenCacheCipher(SECRET),
      network: createMsalNetwork({ ca: authority.ca }),
    }),
    jobs: { autoStart: false },
  });
  for (const who of [MANAGER, MEMBER, COLLEAGUE]) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(who) })).statusCode).toBe(200);
  }
  graph.setManager(MEMBER.id, MANAGER.id);
});

afterAll(async () => {
  await app?.close();
  await graph?.close();
  await authority?.close();
  await entra?.close();
});

describe('the directory’s manager', () => {
  it('establishes the pair of the manager Entra names', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/pairs',
      headers: await as(MANAGER),
      payload: { managerId: MANAGER.id, memberId: MEMBER.id },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'established', myRole: 'manager' });
    expect(graph.requests.some((request) => request.path.endsWith(`/users/${MEMBER.id}/manager`))).toBe(true);
  });

  it('leaves anyone else’s claim pending until the member confirms', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/pairs',
      headers: await as(COLLEAGUE),
      payload: { managerId: COLLEAGUE.id, memberId: MEMBER.id },
    });
    expect(created.json()).toMatchObject({ status: 'pending' });
    const history = await app.inject({
      url: `/api/v1/pairs/${created.json().id}/history`,
      headers: await as(COLLEAGUE),
    });
    expect(history.statusCode).toBe(404);
  });
});
