import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../dev/demoTenant.js';
import { bearer, devToken, MANAGER, MEMBER, OUTSIDER, PAIR_ID } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

let app: FastifyInstance;
const tokens = new Map<string, string>();

async function as(userId: string) {
  if (!tokens.has(userId)) tokens.set(userId, await devToken(app, userId));
  return bearer(tokens.get(userId) ?? '');
}
async function resolve(userId: string, query: string) {
  return app.inject({ url: `/api/v1/meetings/resolve?${query}`, headers: await as(userId) });
}
async function link(userId: string, payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/v1/meetings/link', headers: await as(userId), payload });
}

beforeAll(async () => {
  app = await buildTestApp();
});

afterAll(async () => {
  await app.close();
});

describe('meeting resolution', () => {
  const chatId = '19:meeting_NjM0ZGRh@thread.v2';

  it("asks which pair an unknown meeting belongs to, offering the caller's pairs", async () => {
    const response = await resolve(MANAGER.id, `chatId=${encodeURIComponent(chatId)}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.state).toBe('needs_pair');
    expect(body.candidates).toEqual([
      {
        pairId: PAIR_ID,
        myRole: 'manager',
        other: { id: MEMBER.id, displayName: MEMBER.displayName, email: MEMBER.email },
      },
      expect.objectContaining({
        myRole: 'manager',
        other: expect.objectContaining({ id: DEMO_PEOPLE.emily.id }),
      }),
    ]);
  });

  it('links the meeting to the chosen pair, and then both people resolve the same session', async () => {
    const linked = await link(MANAGER.id, { chatId, pairId: PAIR_ID });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({
      state: 'resolved',
      myRole: 'manager',
      session: { pairId: PAIR_ID, status: 'planned' },
    });
    const { session } = linked.json();
    // Nothing was planned for now: an impromptu 30-minute 1on1 starts now.
    expect(new Date(session.scheduledEnd).getTime() - new Date(session.scheduledStart).getTime()).toBe(
      30 * 60_000,
    );

    const byMember = await resolve(MEMBER.id, `chatId=${encodeURIComponent(chatId)}`);
    expect(byMember.json()).toMatchObject({ state: 'resolved', myRole: 'member', session });
    const again = await resolve(MANAGER.id, `chatId=${encodeURIComponent(chatId)}`);
    expect(again.json().session.id).toBe(session.id);
  });

  it('answers with the session view each person may see, so the tab needs no second request', async () => {
    const { session } = (await resolve(MANAGER.id, `chatId=${encodeURIComponent(chatId)}`)).json();
    const sessionUrl = `/api/v1/sessions/${session.id}`;
    const memo = async (kind: string, body: string) =>
      app.inject({
        method: 'POST',
        url: `${sessionUrl}/memos`,
        headers: await as(MANAGER.id),
        payload: { kind, body, id: crypto.randomUUID() },
      });
    expect((await memo('private', 'only for the manager')).statusCode).toBe(201);
    expect((await memo('shared', 'for both')).statusCode).toBe(201);

    for (const person of [MANAGER, MEMBER]) {
      const resolution = (await resolve(person.id, `chatId=${encodeURIComponent(chatId)}`)).json();
      const view = (await app.inject({ url: sessionUrl, headers: await as(person.id) })).json();
      expect(resolution.detail).toEqual(view);
    }
    const forMember = (await resolve(MEMBER.id, `chatId=${encodeURIComponent(chatId)}`)).json();
    expect(forMember.detail.memos.map((m: { body: string }) => m.body)).toEqual(['for both']);
    const forManager = (await resolve(MANAGER.id, `chatId=${encodeURIComponent(chatId)}`)).json();
    expect(forManager.detail.memos.map((m: { body: string }) => m.body).sort()).toEqual([
      'for both',
      'only for the manager',
    ]);
  });

  it('tells a third person, or a meeting of more than two, that Taiwa is for 1on1s', async () => {
    expect((await resolve(OUTSIDER.id, `chatId=${encodeURIComponent(chatId)}`)).json()).toEqual({
      state: 'not_one_on_one',
    });
    expect(
      (await resolve(MEMBER.id, `chatId=${encodeURIComponent(chatId)}&participantCount=3`)).json(),
    ).toEqual({ state: 'not_one_on_one' });
  });

  it('creates one session, not two, when both open the tab at the same moment', async () => {
    const pairId = 'de000000-0000-4000-8000-000000000203';
    const [a, b] = await Promise.all([
      resolve(DEMO_PEOPLE.david.id, `pairId=${pairId}`),
      resolve(DEMO_PEOPLE.hanako.id, `pairId=${pairId}`),
    ]);
    expect(a.json().session.id).toBe(b.json().session.id);
  });

  it('pairs two people from the meeting with the roles chosen when they have no pair yet', async () => {
    // Emily names herself Hanako's manager: that only asks Hanako.
    const asked = await link(DEMO_PEOPLE.emily.id, {
      chatId: '19:meeting_new@thread.v2',
      otherUserId: DEMO_PEOPLE.hanako.id,
      myRole: 'manager',
    });
    expect(asked.statusCode).toBe(409);
    const pending = (await app.inject({ url: '/api/v1/pairs', headers: await as(DEMO_PEOPLE.hanako.id) }))
      .json()
      .pairs.find((pair: { manager: { id: string } }) => pair.manager.id === DEMO_PEOPLE.emily.id);
    expect(pending).toMatchObject({ status: 'pending', myRole: 'member' });
    const confirmed = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pending.id}/confirm`,
      headers: await as(DEMO_PEOPLE.hanako.id),
    });
    expect(confirmed.statusCode).toBe(200);

    const response = await link(DEMO_PEOPLE.emily.id, {
      chatId: '19:meeting_new@thread.v2',
      otherUserId: DEMO_PEOPLE.hanako.id,
      myRole: 'manager',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().myRole).toBe('manager');
    expect(response.json().session.pairId).toBe(pending.id);
  });

  it('establishes at once a pair the member names from the meeting', async () => {
    const response = await link(DEMO_PEOPLE.hanako.id, {
      chatId: '19:meeting_member_names@thread.v2',
      otherUserId: DEMO_PEOPLE.sho.id,
      myRole: 'member',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().myRole).toBe('member');
  });

  it('names the field at fault for bad input, and hides pairs the caller is not in', async () => {
    const missing = await resolve(MANAGER.id, '');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('query.chatId');
    expect((await resolve(MANAGER.id, 'chatId=%3Cscript%3E')).json().errors[0].field).toBe('query.chatId');
    expect((await link(MANAGER.id, { chatId })).json().errors[0].field).toBe('body.pairId');
    expect((await link(MANAGER.id, { chatId, otherUserId: MEMBER.id })).json().errors[0].field).toBe(
      'body.myRole',
    );
    expect((await link(MANAGER.id, { chatId, otherUserId: MANAGER.id, myRole: 'manager' })).statusCode).toBe(
      422,
    );
    expect((await link(OUTSIDER.id, { chatId, pairId: PAIR_ID })).statusCode).toBe(404);
  });
});
