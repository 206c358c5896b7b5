import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.js';
import type { FakeGraph } from '../testing/fakeGraph.js';
import {
  type EntraPerson,
  type Microsoft365StandIns,
  startMicrosoft365StandIns,
} from '../testing/microsoft365StandIns.js';
import { openTestDatabase } from '../testing/testDatabase.js';

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
let m365: Microsoft365StandIns;
let graph: FakeGraph;
let app: FastifyInstance;

const as = (who: EntraPerson) => m365.signIn(who);

beforeAll(async () => {
  m365 = await startMicrosoft365StandIns({ clientSecret: SECRET });
  ({ graph } = m365);
  const database = await openTestDatabase();
  app = await buildServer({
    config: m365.config,
    database,
    graphTokens: m365.graphTokens(database),
    jobs: { autoStart: false },
  });
  for (const who of [MANAGER, MEMBER, COLLEAGUE]) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(who) })).statusCode).toBe(200);
  }
  graph.setManager(MEMBER.id, MANAGER.id);
});

afterAll(async () => {
  await app?.close();
  await m365?.close();
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
