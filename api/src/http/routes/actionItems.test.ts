import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../../testing/apiCalls.js';
import { demoPairTokens, PAIR_ID } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

let app: FastifyInstance;
let manager: string;
let member: string;
let outsider: string;
let sessionId: string;

const call = apiCaller(() => app);

interface View {
  id: string;
  text: string;
  done: boolean;
  overdue: boolean;
  carried: boolean;
  version: number;
}
const listed = async (token: string, session: string): Promise<View[]> =>
  (await call(token, 'GET', `/sessions/${session}/action-items`)).json().items;

beforeAll(async () => {
  app = await buildTestApp();
  [manager, member, outsider] = await demoPairTokens(app);
  sessionId = (await call(manager, 'GET', `/meetings/resolve?pairId=${PAIR_ID}`)).json().session.id;
});

afterAll(async () => {
  await app.close();
});

describe('action items', () => {
  it('are agreed by one person and checked off by the other; both see who does what by when', async () => {
    const created = await call(manager, 'POST', `/sessions/${sessionId}/action-items`, {
      text: '  研修の申込書を出す ',
      ownerRole: 'member',
      dueDate: '2020-01-31',
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      text: '研修の申込書を出す',
      ownerRole: 'member',
      dueDate: '2020-01-31',
      done: false,
      overdue: true,
      carried: false,
    });
    const id = created.json().id;
    expect((await listed(member, sessionId)).map((item) => item.id)).toContain(id);

    const checked = await call(
      member,
      'PATCH',
      `/sessions/${sessionId}/action-items/${id}`,
      { done: true },
      '"1"',
    );
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ done: true, overdue: false, version: 2 });
    expect((await listed(manager, sessionId)).find((item) => item.id === id)).toMatchObject({ done: true });

    const stale = await call(
      manager,
      'PATCH',
      `/sessions/${sessionId}/action-items/${id}`,
      { done: false },
      '"1"',
    );
    expect(stale.statusCode).toBe(409);
  });

  it('refuse bad input naming the field, and stay invisible outside the pair', async () => {
    const url = `/sessions/${sessionId}/action-items`;
    const blank = await call(member, 'POST', url, { text: '  ', ownerRole: 'member' });
    expect(blank.statusCode).toBe(422);
    expect(JSON.stringify(blank.json().errors)).toContain('text');
    const long = await call(member, 'POST', url, { text: 'あ'.repeat(301), ownerRole: 'member' });
    expect(long.statusCode).toBe(422);
    const badDate = await call(member, 'POST', url, {
      text: 'x',
      ownerRole: 'member',
      dueDate: '2026-02-30',
    });
    expect(badDate.statusCode).toBe(422);
    expect(JSON.stringify(badDate.json().errors)).toContain('dueDate');
    const notOurs = await call(member, 'POST', url, {
      text: 'x',
      ownerRole: 'member',
      agendaItemId: '00000000-0000-4000-8000-00000000dead',
    });
    expect(notOurs.statusCode).toBe(422);
    expect((await call(outsider, 'GET', url)).statusCode).toBe(404);
    expect((await call(outsider, 'POST', url, { text: 'x', ownerRole: 'member' })).statusCode).toBe(404);
  });

  it('carry over: an open one shows in the next 1on1 until done, once', async () => {
    const open = (
      await call(member, 'POST', `/sessions/${sessionId}/action-items`, {
        text: '振り返りを書く',
        ownerRole: 'manager',
      })
    ).json();
    const next = await call(member, 'POST', `/pairs/${PAIR_ID}/sessions`, {
      scheduledStart: '2031-01-10T01:00:00Z',
      scheduledEnd: '2031-01-10T01:30:00Z',
    });
    expect(next.statusCode).toBe(201);
    const inNext = await listed(member, next.json().id);
    expect(inNext.filter((item) => item.id === open.id)).toEqual([
      expect.objectContaining({ carried: true, done: false }),
    ]);
    // The one checked off before the next 1on1 no longer shows there.
    expect(inNext.some((item) => item.text === '研修の申込書を出す')).toBe(false);
    expect(await listed(member, next.json().id)).toEqual(inNext);
  });

  it('are read-only once the pair has ended', async () => {
    const [item] = await listed(member, sessionId);
    expect((await call(manager, 'POST', `/pairs/${PAIR_ID}/end`)).statusCode).toBe(204);
    const refused = await call(member, 'POST', `/sessions/${sessionId}/action-items`, {
      text: 'x',
      ownerRole: 'member',
    });
    expect(refused.statusCode).toBe(409);
    const check = await call(
      member,
      'PATCH',
      `/sessions/${sessionId}/action-items/${item?.id}`,
      { done: true },
      `"${item?.version}"`,
    );
    expect(check.statusCode).toBe(409);
    expect((await call(member, 'GET', `/sessions/${sessionId}/action-items`)).statusCode).toBe(200);
  });
});
