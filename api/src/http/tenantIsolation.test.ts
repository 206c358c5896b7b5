import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeEntra, startFakeEntra, TENANT_A, TENANT_B } from '../testing/fakeEntra.js';
import { buildTestApp } from '../testing/testServer.js';

const MANAGER_A = '00000000-0000-4000-8000-00000000a001';
const MEMBER_A = '00000000-0000-4000-8000-00000000a002';
const OUTSIDER_A = '00000000-0000-4000-8000-00000000a003';
const USER_B = '00000000-0000-4000-8000-00000000b001';

let entra: FakeEntra;
let app: FastifyInstance;
let pairId: string;
let sessionId: string;

async function as(tenantId: string, userId: string, name = 'Someone') {
  const token = await entra.mint({ tenantId, userId, name });
  return { authorization: `Bearer ${token}` };
}

beforeAll(async () => {
  entra = await startFakeEntra();
  app = await buildTestApp(entra.env());
  // Everyone signs in once so the people exist in their tenants.
  for (const [tenant, user] of [
    [TENANT_A, MANAGER_A],
    [TENANT_A, MEMBER_A],
    [TENANT_A, OUTSIDER_A],
    [TENANT_B, USER_B],
  ] as const) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(tenant, user) })).statusCode).toBe(200);
  }
  const pair = await app.inject({
    method: 'POST',
    url: '/api/v1/pairs',
    headers: await as(TENANT_A, MEMBER_A),
    payload: { managerId: MANAGER_A, memberId: MEMBER_A },
  });
  expect(pair.statusCode).toBe(201);
  pairId = pair.json().id;
  const session = await app.inject({
    method: 'POST',
    url: `/api/v1/pairs/${pairId}/sessions`,
    headers: await as(TENANT_A, MEMBER_A),
    payload: { scheduledStart: '2026-12-01T01:00:00Z', scheduledEnd: '2026-12-01T01:30:00Z' },
  });
  expect(session.statusCode).toBe(201);
  sessionId = session.json().id;
});

afterAll(async () => {
  await app.close();
  await entra.close();
});

describe('tenant isolation', () => {
  it('lets both participants see the pair and the session', async () => {
    for (const user of [MANAGER_A, MEMBER_A]) {
      const headers = await as(TENANT_A, user);
      expect((await app.inject({ url: `/api/v1/pairs/${pairId}/sessions`, headers })).statusCode).toBe(200);
      const session = await app.inject({ url: `/api/v1/sessions/${sessionId}`, headers });
      expect(session.statusCode).toBe(200);
      expect(session.json().myRole).toBe(user === MANAGER_A ? 'manager' : 'member');
    }
  });

  it("gives a user of another tenant 404 for tenant A's pair and session", async () => {
    const headers = await as(TENANT_B, USER_B);
    const sessions = await app.inject({ url: `/api/v1/pairs/${pairId}/sessions`, headers });
    expect(sessions.statusCode).toBe(404);
    expect(sessions.headers['content-type']).toMatch(/problem\+json/);
    expect((await app.inject({ url: `/api/v1/sessions/${sessionId}`, headers })).statusCode).toBe(404);
    const schedule = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/sessions`,
      headers,
      payload: { scheduledStart: '2026-12-02T01:00:00Z', scheduledEnd: '2026-12-02T01:30:00Z' },
    });
    expect(schedule.statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/pairs', headers })).json().pairs).toEqual([]);
  });

  it('gives a user of the same tenant outside the pair 404', async () => {
    const headers = await as(TENANT_A, OUTSIDER_A);
    expect((await app.inject({ url: `/api/v1/pairs/${pairId}/sessions`, headers })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/sessions/${sessionId}`, headers })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/pairs', headers })).json().pairs).toEqual([]);
  });

  it('does not let a user of another tenant pair people of tenant A', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/pairs',
      headers: await as(TENANT_B, USER_B),
      payload: { managerId: USER_B, memberId: MEMBER_A },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].field).toBe('body.memberId');
  });

  it('does not let a non-admin pair two other people', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/pairs',
      headers: await as(TENANT_A, OUTSIDER_A),
      payload: { managerId: MANAGER_A, memberId: MEMBER_A },
    });
    expect(response.statusCode).toBe(403);
  });
});
