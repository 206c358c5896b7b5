import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../../dev/demoTenant.js';
import { bearer, devToken } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

/**
 * Nobody appoints themselves someone's manager. David manages Hanako; he names himself Kenta's
 * manager too. Until Kenta confirms, David sees nothing of Kenta.
 */
const { david, kenta, misaki, sho, emily } = DEMO_PEOPLE;
const SEEDED = DEMO_PAIRS[0]?.id ?? ''; // Misaki × Kenta, with ratings and history

let app: FastifyInstance;
const tokens = new Map<string, string>();
async function as(userId: string) {
  if (!tokens.has(userId)) tokens.set(userId, await devToken(app, userId));
  return bearer(tokens.get(userId) ?? '');
}
const get = async (userId: string, url: string) =>
  app.inject({ url: `/api/v1${url}`, headers: await as(userId) });
const post = async (userId: string, url: string, payload?: object) =>
  app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: await as(userId),
    ...(payload === undefined ? {} : { payload }),
  });

beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('who manages whom', () => {
  let pairId: string;

  it('keeps a self-appointed manager’s pair pending and shows them nothing of the member', async () => {
    const created = await post(david.id, '/pairs', { managerId: david.id, memberId: kenta.id });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'pending', myRole: 'manager' });
    pairId = created.json().id;

    for (const url of [
      `/pairs/${pairId}/history`,
      `/pairs/${pairId}/insights`,
      `/pairs/${pairId}/sessions`,
    ]) {
      expect((await get(david.id, url)).statusCode).toBe(404);
    }
    const schedule = await post(david.id, `/pairs/${pairId}/sessions`, {
      scheduledStart: '2027-01-05T01:00:00.000Z',
      scheduledEnd: '2027-01-05T01:30:00.000Z',
    });
    expect(schedule.statusCode).toBe(404);
    const insights = (await get(david.id, '/insights/me')).json();
    expect(JSON.stringify(insights.members)).not.toContain(kenta.id);
    // The meeting route cannot be used to skip the member either.
    const link = await post(david.id, '/meetings/link', {
      chatId: '19:meeting_selfappointed@thread.v2',
      pairId,
    });
    expect(link.statusCode).toBe(404);
    const byName = await post(david.id, '/meetings/link', {
      chatId: '19:meeting_selfappointed@thread.v2',
      otherUserId: kenta.id,
      myRole: 'manager',
    });
    expect(byName.statusCode).toBe(409);
    expect(
      (await get(david.id, '/meetings/resolve?chatId=19%3Ameeting_selfappointed%40thread.v2')).json(),
    ).toEqual({
      state: 'needs_pair',
      candidates: [
        expect.objectContaining({ other: expect.objectContaining({ id: DEMO_PEOPLE.hanako.id }) }),
      ],
    });
  });

  it('asks the member, who alone can confirm', async () => {
    const kentasPairs = (await get(kenta.id, '/pairs')).json().pairs;
    expect(kentasPairs.find((pair: { id: string }) => pair.id === pairId)).toMatchObject({
      status: 'pending',
      myRole: 'member',
      manager: { id: david.id },
    });
    expect((await post(david.id, `/pairs/${pairId}/confirm`)).statusCode).toBe(404);
    expect((await post(misaki.id, `/pairs/${pairId}/confirm`)).statusCode).toBe(404);
    const confirmed = await post(kenta.id, `/pairs/${pairId}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'established', myRole: 'member' });
    expect((await post(kenta.id, `/pairs/${pairId}/confirm`)).statusCode).toBe(409);
    expect((await get(david.id, `/pairs/${pairId}/history`)).statusCode).toBe(200);
  });

  it('establishes a pair the member or an admin creates', async () => {
    const byMember = await post(emily.id, '/pairs', { managerId: david.id, memberId: emily.id });
    expect(byMember.json()).toMatchObject({ status: 'established', myRole: 'member' });
    const byAdmin = await post(sho.id, '/pairs', { managerId: emily.id, memberId: DEMO_PEOPLE.hanako.id });
    expect(byAdmin.json()).toMatchObject({ status: 'established' });
  });

  it('lets the member decline: the pending pair disappears', async () => {
    const created = await post(emily.id, '/pairs', { managerId: emily.id, memberId: kenta.id });
    expect(created.json().status).toBe('pending');
    expect((await post(kenta.id, `/pairs/${created.json().id}/end`)).statusCode).toBe(204);
    const kentasPairs = (await get(kenta.id, '/pairs')).json().pairs;
    expect(kentasPairs.map((pair: { id: string }) => pair.id)).not.toContain(created.json().id);
  });

  it('ends a pair at either person’s word, keeping its history read-only', async () => {
    expect((await post(misaki.id, `/pairs/${pairId}/end`)).statusCode).toBe(404);
    expect((await post(david.id, `/pairs/${pairId}/end`)).statusCode).toBe(204);
    expect(
      (await get(kenta.id, '/pairs')).json().pairs.find((p: { id: string }) => p.id === pairId),
    ).toMatchObject({
      status: 'ended',
    });
    expect((await get(david.id, `/pairs/${pairId}/history`)).statusCode).toBe(200);
    const schedule = await post(david.id, `/pairs/${pairId}/sessions`, {
      scheduledStart: '2027-01-05T01:00:00.000Z',
      scheduledEnd: '2027-01-05T01:30:00.000Z',
    });
    expect(schedule.statusCode).toBe(409);

    // An admin ends the seeded pair: its sessions stay readable, and nothing more can be written.
    expect((await post(sho.id, `/pairs/${SEEDED}/end`)).statusCode).toBe(204);
    const sessions = (await get(kenta.id, `/pairs/${SEEDED}/sessions`)).json().sessions as Array<{
      id: string;
    }>;
    expect(sessions.length).toBeGreaterThan(0);
    const sessionId = sessions[0]?.id ?? '';
    expect((await get(misaki.id, `/sessions/${sessionId}`)).statusCode).toBe(200);
    const memo = await post(misaki.id, `/sessions/${sessionId}/memos`, {
      kind: 'private',
      body: 'after the end',
    });
    expect(memo.statusCode).toBe(409);
    const rating = await post(kenta.id, '/sessions/de000000-0000-4000-8000-000000000300/rating', {
      clarity: 2,
      impressions: null,
      shareImpressions: false,
      fits: [],
    });
    expect(rating.statusCode).toBe(409);
  });
});
