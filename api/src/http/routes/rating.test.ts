import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../dev/demoTenant.js';
import { devSignIn } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

// Seeded 1on1s of Misaki (manager) and Kenta (member): 0300 ended, 0303 upcoming.
const ended = 'de000000-0000-4000-8000-000000000300';
const upcoming = 'de000000-0000-4000-8000-000000000303';

let app: FastifyInstance;
const as = devSignIn(() => app);

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

describe('rating in the tab: GET /api/v1/sessions/:id/rating and "rate now"', () => {
  const form = async (userId: string, sessionId: string) =>
    app.inject({ url: `/api/v1/sessions/${sessionId}/rating`, headers: await as(userId) });
  const kentaPair = async (userId: string) =>
    (
      (await app.inject({ url: '/api/v1/pairs', headers: await as(userId) })).json() as {
        pairs: Array<{
          member: { id: string };
          lastSession: { id: string } | null;
          rateLastSession: boolean;
        }>;
      }
    ).pairs.find((pair) => pair.member.id === DEMO_PEOPLE.kenta.id);

  it('offers "rate now" to the member for the unrated last 1on1, and to the manager never', async () => {
    const mine = await kentaPair(DEMO_PEOPLE.kenta.id);
    const last = mine?.lastSession?.id ?? '';
    expect(last).not.toBe('');
    expect(mine?.rateLastSession).toBe(true);
    expect((await kentaPair(DEMO_PEOPLE.misaki.id))?.rateLastSession).toBe(false);

    const before = await form(DEMO_PEOPLE.kenta.id, last);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      sessionId: last,
      rating: null,
      managerSees: { state: 'not_rated' },
    });

    // Rated in the tab through the same API (and service) as the bot card.
    const saved = await rate(DEMO_PEOPLE.kenta.id, last, {
      clarity: 4,
      impressions: '本音で話せた',
      shareImpressions: false,
      fits: [],
    });
    expect(saved.statusCode).toBe(201);
    const after = (await form(DEMO_PEOPLE.kenta.id, last)).json();
    expect(after.rating).toMatchObject({ clarity: 4, impressions: '本音で話せた', editable: true });
    // The manager learns a rating arrived, never the private impressions or the score.
    expect(after.managerSees).toEqual({ state: 'rated', impressions: null });
    expect((await kentaPair(DEMO_PEOPLE.kenta.id))?.rateLastSession).toBe(false);

    await rate(DEMO_PEOPLE.kenta.id, last, {
      clarity: 4,
      impressions: '本音で話せた',
      shareImpressions: true,
      fits: [],
    });
    expect((await form(DEMO_PEOPLE.kenta.id, last)).json().managerSees).toEqual({
      state: 'rated',
      impressions: '本音で話せた',
    });
  });

  it('is the member’s form only, for an ended 1on1', async () => {
    expect((await form(DEMO_PEOPLE.misaki.id, ended)).statusCode).toBe(403);
    expect((await form(DEMO_PEOPLE.david.id, ended)).statusCode).toBe(404);
    expect((await form(DEMO_PEOPLE.kenta.id, upcoming)).statusCode).toBe(409);
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
