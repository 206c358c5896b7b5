import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../dev/demoTenant.js';
import { buildTestApp } from '../../testing/testServer.js';

// Seeded 1on1s of Misaki (manager) and Kenta (member): 0300 ended, 0303 upcoming.
const ended = 'de000000-0000-4000-8000-000000000300';
const upcoming = 'de000000-0000-4000-8000-000000000303';

let app: FastifyInstance;
const tokens = new Map<string, string>();

async function as(userId: string): Promise<Record<string, string>> {
  let token = tokens.get(userId);
  if (token === undefined) {
    const response = await app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { userId } });
    token = (response.json() as { accessToken: string }).accessToken;
    tokens.set(userId, token);
  }
  return { authorization: `Bearer ${token}` };
}

const rate = async (userId: string, sessionId: string, payload: object) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${sessionId}/rating`,
    headers: await as(userId),
    payload,
  });

beforeAll(async () => {
  app = await buildTestApp({}, undefined);
});
afterAll(async () => {
  await app.close();
});

describe('POST /api/v1/sessions/:id/rating', () => {
  const body = { clarity: 3, impressions: '話しやすかった', shareImpressions: false, fits: [] };

  it('creates the member’s rating, then treats the same rating as already there', async () => {
    const first = await rate(DEMO_PEOPLE.kenta.id, ended, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      clarity: 3,
      impressions: '話しやすかった',
      shareImpressions: false,
      editable: true,
    });
    const again = await rate(DEMO_PEOPLE.kenta.id, ended, body);
    expect(again.statusCode).toBe(200);
    expect(again.json().updatedAt).toBe(first.json().updatedAt);
    const changed = await rate(DEMO_PEOPLE.kenta.id, ended, { ...body, clarity: 5, shareImpressions: true });
    expect(changed.json()).toMatchObject({ clarity: 5, shareImpressions: true });
  });

  it('refuses the manager, hides the session from outsiders, and waits for the 1on1 to end', async () => {
    expect((await rate(DEMO_PEOPLE.misaki.id, ended, body)).statusCode).toBe(403);
    expect((await rate(DEMO_PEOPLE.david.id, ended, body)).statusCode).toBe(404);
    expect((await rate(DEMO_PEOPLE.kenta.id, upcoming, body)).statusCode).toBe(409);
  });

  it('names the field at fault', async () => {
    const outOfRange = await rate(DEMO_PEOPLE.kenta.id, ended, { ...body, clarity: 6 });
    expect(outOfRange.statusCode).toBe(400);
    expect(JSON.stringify(outOfRange.json().errors)).toContain('body.clarity');
    const foreignItem = await rate(DEMO_PEOPLE.kenta.id, ended, {
      ...body,
      fits: [{ agendaItemId: 'nope', fit: 'yes' }],
    });
    expect(foreignItem.statusCode).toBe(422);
    expect(foreignItem.json().errors[0].field).toBe('body.fits.0.agendaItemId');
  });
});

describe('GET /api/v1/admin/jobs/dead', () => {
  it('is for admins only', async () => {
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/admin/jobs/dead',
          headers: await as(DEMO_PEOPLE.kenta.id),
        })
      ).statusCode,
    ).toBe(403);
    const admin = await app.inject({
      method: 'GET',
      url: '/api/v1/admin/jobs/dead',
      headers: await as(DEMO_PEOPLE.sho.id),
    });
    expect(admin.statusCode).toBe(200);
    expect(admin.json()).toEqual({ jobs: [] });
  });
});
