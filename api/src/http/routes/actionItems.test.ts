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

  it('are corrected by either person (text, owner, due date) over the version they saw', async () => {
    const url = `/sessions/${sessionId}/action-items`;
    const created = (await call(member, 'POST', url, { text: '議事録を送る', ownerRole: 'member' })).json();
    const edited = await call(
      manager,
      'PATCH',
      `${url}/${created.id}`,
      { text: ' 議事録を金曜までに送る ', ownerRole: 'manager', dueDate: '2031-01-03' },
      '"1"',
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    expect(edited.json()).toMatchObject({
      text: '議事録を金曜までに送る',
      ownerRole: 'manager',
      dueDate: '2031-01-03',
      version: 2,
    });
    // The member's edit on the old version is refused with the manager's text, to set beside theirs.
    const stale = await call(
      member,
      'PATCH',
      `${url}/${created.id}`,
      { text: '議事録を送る（修正）' },
      '"1"',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ text: '議事録を金曜までに送る', version: 2 });
    const cleared = await call(member, 'PATCH', `${url}/${created.id}`, { dueDate: null }, '"2"');
    expect(cleared.json()).toMatchObject({ dueDate: null, version: 3 });
    const blank = await call(member, 'PATCH', `${url}/${created.id}`, { text: ' ' }, '"3"');
    expect(blank.statusCode).toBe(422);
    expect(JSON.stringify(blank.json().errors)).toContain('text');
  });

  it('are deleted by either person over the version they saw', async () => {
    const url = `/sessions/${sessionId}/action-items`;
    const created = (await call(manager, 'POST', url, { text: '間違えて追加', ownerRole: 'member' })).json();
    expect((await call(member, 'DELETE', `${url}/${created.id}`)).statusCode).toBe(428);
    expect((await call(outsider, 'DELETE', `${url}/${created.id}`, undefined, '"1"')).statusCode).toBe(404);
    await call(manager, 'PATCH', `${url}/${created.id}`, { text: '間違えて追加（直した）' }, '"1"');
    // An edit made meanwhile: nobody deletes a text they never read.
    const stale = await call(member, 'DELETE', `${url}/${created.id}`, undefined, '"1"');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ text: '間違えて追加（直した）', version: 2 });
    const deleted = await call(member, 'DELETE', `${url}/${created.id}`, undefined, '"2"');
    expect(deleted.statusCode).toBe(204);
    expect((await listed(manager, sessionId)).some((item) => item.id === created.id)).toBe(false);
    expect((await call(member, 'DELETE', `${url}/${created.id}`, undefined, '"2"')).statusCode).toBe(404);
  });

  it('cannot be deleted from a later 1on1 once finished before it: that is the earlier 1on1’s history', async () => {
    const url = `/sessions/${sessionId}/action-items`;
    const created = (await call(member, 'POST', url, { text: '資料を共有する', ownerRole: 'member' })).json();
    await call(member, 'PATCH', `${url}/${created.id}`, { done: true }, '"1"');
    const later = await call(member, 'POST', `/pairs/${PAIR_ID}/sessions`, {
      scheduledStart: '2031-02-10T01:00:00Z',
      scheduledEnd: '2031-02-10T01:30:00Z',
    });
    const refused = await call(
      manager,
      'DELETE',
      `/sessions/${later.json().id}/action-items/${created.id}`,
      undefined,
      '"2"',
    );
    expect(refused.statusCode).toBe(409);
    // From its own 1on1 it may still go.
    expect((await call(manager, 'DELETE', `${url}/${created.id}`, undefined, '"2"')).statusCode).toBe(204);
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
    const remove = await call(
      member,
      'DELETE',
      `/sessions/${sessionId}/action-items/${item?.id}`,
      undefined,
      `"${item?.version}"`,
    );
    expect(remove.statusCode).toBe(409);
    expect((await call(member, 'GET', `/sessions/${sessionId}/action-items`)).statusCode).toBe(200);
  });
});
