import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../../testing/apiCalls.js';
import { demoPairTokens, MANAGER, MEMBER, PAIR_ID } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

let app: FastifyInstance;
let manager: string;
let member: string;
let outsider: string;
let sessionId: string;

const call = apiCaller(() => app);

beforeAll(async () => {
  app = await buildTestApp();
  [manager, member, outsider] = await demoPairTokens(app);
  const resolved = await call(manager, 'GET', `/meetings/resolve?pairId=${PAIR_ID}`);
  expect(resolved.json().state).toBe('resolved');
  sessionId = resolved.json().session.id;
});

afterAll(async () => {
  await app.close();
});

describe('shared memos', () => {
  it('are written by either person, carry author, time and an ETag, and are seen by both', async () => {
    const created = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: '  Release moves to Friday ',
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      kind: 'shared',
      body: 'Release moves to Friday',
      version: 1,
      author: { id: MEMBER.id, displayName: MEMBER.displayName },
    });
    const seen = await call(manager, 'GET', `/sessions/${sessionId}`);
    expect(seen.json().memos.map((memo: { id: string }) => memo.id)).toContain(created.json().id);
  });

  it('can be changed and deleted by their author only, with If-Match', async () => {
    const memo = (
      await call(member, 'POST', `/sessions/${sessionId}/memos`, { kind: 'shared', body: 'draft' })
    ).json();
    const url = `/sessions/${sessionId}/memos/${memo.id}`;
    expect((await call(manager, 'PATCH', url, { body: 'not mine' }, '"1"')).statusCode).toBe(403);
    const missing = await call(member, 'PATCH', url, { body: 'no header' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().errors[0].field).toBe('header.if-match');
    expect((await call(member, 'PATCH', url, { body: 'bad header' }, 'abc')).statusCode).toBe(400);
    const edited = await call(member, 'PATCH', url, { body: 'final' }, 'W/"1"');
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    expect((await call(member, 'DELETE', url, undefined, '"1"')).statusCode).toBe(409);
    expect((await call(member, 'DELETE', url, undefined, '"2"')).statusCode).toBe(204);
    expect((await call(member, 'PATCH', url, { body: 'gone' }, '"2"')).statusCode).toBe(404);
  });

  it('refuse blank text and unknown fields, naming the field', async () => {
    const blank = await call(member, 'POST', `/sessions/${sessionId}/memos`, { kind: 'shared', body: '   ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().errors[0].field).toBe('body.body');
    const extra = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'x',
      authorId: MANAGER.id,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0].field).toBe('body.authorId');
  });
});

describe('memo length', () => {
  it('refuses a memo over 4,000 characters with a problem naming the body, and stores nothing', async () => {
    const before = (await call(member, 'GET', `/sessions/${sessionId}`)).json().memos.length;
    const slightly = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'a'.repeat(4100),
    });
    expect(slightly.statusCode).toBe(422);
    expect(slightly.headers['content-type']).toMatch(/problem\+json/);
    expect(slightly.json().errors[0]).toMatchObject({ field: 'body.body' });
    const far = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'a'.repeat(12_000),
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().errors[0]).toMatchObject({ field: 'body.body' });
    expect((await call(member, 'GET', `/sessions/${sessionId}`)).json().memos.length).toBe(before);
  });

  it('counts characters, not UTF-16 units: 4,000 emoji fit, as the tab counts them', async () => {
    const full = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: '🎉'.repeat(4000),
    });
    expect(full.statusCode).toBe(201);
    const over = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: '🎉'.repeat(4001),
    });
    expect(over.statusCode).toBe(422);
  });
});

describe('a creation sent twice', () => {
  it('stores one memo when the writer names its id: the repeat answers 200 with the first', async () => {
    const id = crypto.randomUUID();
    const payload = { kind: 'shared', body: 'Sent from the outbox', id };
    const first = await call(member, 'POST', `/sessions/${sessionId}/memos`, payload);
    expect(first.statusCode).toBe(201);
    expect(first.json().id).toBe(id);
    const again = await call(member, 'POST', `/sessions/${sessionId}/memos`, payload);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id, body: 'Sent from the outbox', version: 1 });
    const another = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      ...payload,
      id: crypto.randomUUID(),
    });
    expect(another.statusCode).toBe(201);
    const memos = (await call(manager, 'GET', `/sessions/${sessionId}`)).json().memos as Array<{
      id: string;
    }>;
    expect(memos.filter((memo) => memo.id === id)).toHaveLength(1);
  });

  it('stores one memo when both copies arrive at the same moment', async () => {
    const id = crypto.randomUUID();
    const payload = { kind: 'shared', body: 'Two windows flushed at once', id };
    const answers = await Promise.all([
      call(member, 'POST', `/sessions/${sessionId}/memos`, payload),
      call(member, 'POST', `/sessions/${sessionId}/memos`, payload),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 201]);
    const memos = (await call(member, 'GET', `/sessions/${sessionId}`)).json().memos as Array<{ id: string }>;
    expect(memos.filter((memo) => memo.id === id)).toHaveLength(1);
  });

  it("cannot take someone else's memo by naming its id", async () => {
    const mine = (
      await call(manager, 'POST', `/sessions/${sessionId}/memos`, { kind: 'shared', body: 'The manager’s' })
    ).json();
    const taken = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'Overwrite?',
      id: mine.id,
    });
    expect(taken.statusCode).toBe(422);
    expect(taken.json().errors[0].field).toBe('body.id');
    expect(taken.body).not.toContain('The manager’s');
    const notUuid = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'x',
      id: 'local-1',
    });
    expect(notUuid.statusCode).toBe(400);
  });
});

describe("the manager's private memo", () => {
  it('is the manager’s alone: never in any response to the member', async () => {
    const secret = 'PRIVATE: consider for the lead role';
    const created = await call(manager, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'private',
      body: secret,
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();

    const managerView = await call(manager, 'GET', `/sessions/${sessionId}`);
    expect(managerView.json().memos.some((memo: { id: string }) => memo.id === id)).toBe(true);

    const url = `/sessions/${sessionId}/memos/${id}`;
    const responses = [
      await call(member, 'GET', `/sessions/${sessionId}`),
      await call(member, 'PATCH', url, { body: 'peek' }, '"1"'),
      await call(member, 'DELETE', url, undefined, '"1"'),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 404, 404]);
    for (const response of responses) {
      expect(response.body).not.toContain(secret);
      expect(response.body).not.toContain(id);
    }
  });

  it('cannot be written by the member', async () => {
    const refused = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'private',
      body: 'mine',
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the next-topics memo', () => {
  it('is one per session, edited by both; a conflicting edit gets 409 with the current memo and loses nothing', async () => {
    const created = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'next_topics',
      body: 'Career plan',
    });
    expect(created.statusCode).toBe(201);
    const memo = created.json();
    const second = await call(manager, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'next_topics',
      body: 'Budget',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ id: memo.id, body: 'Career plan' });

    const url = `/sessions/${sessionId}/memos/${memo.id}`;
    const first = await call(manager, 'PATCH', url, { body: 'Career plan\nBudget' }, '"1"');
    expect(first.statusCode).toBe(200);
    const late = await call(member, 'PATCH', url, { body: 'Career plan\nTraining' }, '"1"');
    expect(late.statusCode).toBe(409);
    expect(late.headers['content-type']).toMatch(/problem\+json/);
    expect(late.json().current).toMatchObject({ body: 'Career plan\nBudget', version: 2 });

    // The member merges both versions and saves against the version they now know.
    const merged = await call(member, 'PATCH', url, { body: 'Career plan\nBudget\nTraining' }, '"2"');
    expect(merged.statusCode).toBe(200);
    const view = (await call(manager, 'GET', `/sessions/${sessionId}`)).json();
    expect(view.memos.find((m: { id: string }) => m.id === memo.id).body).toBe(
      'Career plan\nBudget\nTraining',
    );
  });
});

describe('outsiders', () => {
  it('get 404 for the session and everything in it', async () => {
    expect((await call(outsider, 'GET', `/sessions/${sessionId}`)).statusCode).toBe(404);
    expect(
      (await call(outsider, 'POST', `/sessions/${sessionId}/memos`, { kind: 'shared', body: 'hi' }))
        .statusCode,
    ).toBe(404);
    expect((await call(outsider, 'POST', `/sessions/${sessionId}/dice`)).statusCode).toBe(404);
    expect(
      (await call(outsider, 'POST', `/sessions/${sessionId}/status`, { status: 'live' })).statusCode,
    ).toBe(404);
  });
});
