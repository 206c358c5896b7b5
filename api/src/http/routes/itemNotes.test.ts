import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpApiCaller } from '../../testing/apiCalls.js';
import { demoPairTokens, MANAGER, MEMBER, PAIR_ID } from '../../testing/demoPeople.js';
import { openSse, type SseConnection } from '../../testing/sseClient.js';
import { startTestServer, type TestServer } from '../../testing/testServer.js';

let server: TestServer;
let manager: string;
let member: string;
let outsider: string;
let sessionId: string;
let itemId: string;
const open: SseConnection[] = [];

const api = httpApiCaller(() => server);

const noteUrl = (kind: 'shared' | 'private', item = itemId) =>
  `/sessions/${sessionId}/agenda/${item}/notes/${kind}`;
const notesOf = async (token: string) =>
  (await api(token, 'GET', `/sessions/${sessionId}/item-notes`)).json.notes as Array<{
    itemId: string;
    kind: string;
    body: string;
    version: number;
  }>;

beforeAll(async () => {
  server = await startTestServer();
  [manager, member, outsider] = await demoPairTokens(server.app);
  const soon = Date.now() + 5 * 60_000;
  await api(manager, 'POST', `/pairs/${PAIR_ID}/sessions`, {
    scheduledStart: new Date(soon).toISOString(),
    scheduledEnd: new Date(soon + 30 * 60_000).toISOString(),
  });
  sessionId = (await api(manager, 'GET', `/meetings/resolve?pairId=${PAIR_ID}`)).json.session.id;
  const item = await api(member, 'POST', `/sessions/${sessionId}/agenda`, {
    themeId: 'career',
    expectedResponseId: 'listen',
  });
  expect(item.status).toBe(201);
  itemId = item.json.id;
});

afterAll(async () => {
  for (const connection of open) connection.close();
  await server.close();
});

describe('notes per agenda item', () => {
  it('hold one shared note both people write, versioned with If-Match ("0" for the first text)', async () => {
    const first = await api(member, 'PUT', noteUrl('shared'), { body: '  来月から週1で相談する ' }, '"0"');
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"1"');
    expect(first.json).toMatchObject({
      itemId,
      kind: 'shared',
      body: '来月から週1で相談する',
      version: 1,
      author: { id: MEMBER.id },
    });
    const second = await api(manager, 'PUT', noteUrl('shared'), { body: 'Weekly from next month' }, '"1"');
    expect(second.json).toMatchObject({ version: 2, author: { id: MANAGER.id } });
    const seen = await notesOf(member);
    expect(seen).toEqual([
      expect.objectContaining({ itemId, kind: 'shared', body: 'Weekly from next month' }),
    ]);
  });

  it('answer a write on an old version with 409 and the current note, and never overwrite it', async () => {
    const stale = await api(member, 'PUT', noteUrl('shared'), { body: 'my late words' }, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ body: 'Weekly from next month', version: 2 });
    // Two people writing the first text at once: the second is a conflict, not a second note.
    const other = await api(member, 'POST', `/sessions/${sessionId}/agenda`, {
      themeId: 'work',
      expectedResponseId: 'report',
    });
    const firstWrite = await api(member, 'PUT', noteUrl('shared', other.json.id), { body: 'A' }, '"0"');
    const racing = await api(manager, 'PUT', noteUrl('shared', other.json.id), { body: 'B' }, '"0"');
    expect(firstWrite.status).toBe(200);
    expect(racing.status).toBe(409);
    expect(racing.json.current).toMatchObject({ body: 'A', version: 1 });
  });

  it('refuse bad input naming the field, and a missing If-Match', async () => {
    const tooLong = await api(member, 'PUT', noteUrl('shared'), { body: 'あ'.repeat(4001) }, '"2"');
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.errors[0].field).toBe('body.body');
    const missing = await api(member, 'PUT', noteUrl('shared'), { body: 'x' });
    expect(missing.status).toBe(428);
    expect((await api(member, 'PUT', noteUrl('shared'), { body: 'x', extra: 1 }, '"2"')).status).toBe(400);
    const unknownItem = noteUrl('shared', '00000000-0000-4000-8000-000000000000');
    expect((await api(member, 'PUT', unknownItem, { body: 'x' }, '"0"')).status).toBe(404);
  });

  it('keep the manager’s private note from the member through every route and the event stream', async () => {
    const since = (await api(member, 'GET', `/sessions/${sessionId}`)).json.lastEventId as string | null;
    const memberStream = await openSse(`${server.url}/api/v1/sessions/${sessionId}/events`, member, since);
    const managerStream = await openSse(`${server.url}/api/v1/sessions/${sessionId}/events`, manager, since);
    open.push(memberStream, managerStream);
    const secret = 'PRIVATE: consider for promotion';
    expect((await api(member, 'PUT', noteUrl('private'), { body: 'mine?' }, '"0"')).status).toBe(403);
    const written = await api(manager, 'PUT', noteUrl('private'), { body: secret }, '"0"');
    expect(written.json).toMatchObject({ kind: 'private', body: secret, version: 1 });
    const shared = await api(member, 'PUT', noteUrl('shared'), { body: 'after the private one' }, '"2"');
    expect(shared.status).toBe(200);

    const isShared = (e: { data: unknown }) =>
      (e.data as { note?: { body: string } }).note?.body === 'after the private one';
    const [memberEvent] = [await memberStream.waitFor(isShared), await managerStream.waitFor(isShared)];
    expect(memberEvent).toMatchObject({ event: 'item-note.changed' });
    // The private note is on no stream at all, the manager's own included: it is kept in its row only.
    expect(JSON.stringify(memberStream.events)).not.toContain(secret);
    expect(JSON.stringify(managerStream.events)).not.toContain(secret);

    expect(JSON.stringify(await notesOf(member))).not.toContain(secret);
    expect(await notesOf(manager)).toContainEqual(expect.objectContaining({ kind: 'private', body: secret }));
    expect(JSON.stringify((await api(member, 'GET', `/sessions/${sessionId}`)).json)).not.toContain(secret);
  });

  it('show nothing to anyone outside the pair', async () => {
    expect((await api(outsider, 'GET', `/sessions/${sessionId}/item-notes`)).status).toBe(404);
    expect((await api(outsider, 'PUT', noteUrl('shared'), { body: 'x' }, '"3"')).status).toBe(404);
  });

  it('appear in history under their 1on1 — the private one for the manager only — and are read-only once the pair ended', async () => {
    const weekLater = Date.now() + 7 * 86_400_000;
    const next = await api(manager, 'POST', `/pairs/${PAIR_ID}/sessions`, {
      scheduledStart: new Date(weekLater).toISOString(),
      scheduledEnd: new Date(weekLater + 30 * 60_000).toISOString(),
    });
    expect(next.status).toBe(201);
    await api(manager, 'POST', `/sessions/${sessionId}/status`, { status: 'live' });
    const ended = await api(manager, 'POST', `/sessions/${sessionId}/status`, { status: 'ended' });
    expect(ended.status).toBe(200);
    const historyOf = async (token: string) =>
      (await api(token, 'GET', `/pairs/${PAIR_ID}/history`)).json.sessions.find(
        (entry: { id: string }) => entry.id === sessionId,
      ) as { itemNotes: Array<{ kind: string; body: string }> };
    const managerHistory = await historyOf(manager);
    expect(managerHistory.itemNotes.map((note) => note.kind).sort()).toEqual(['private', 'shared', 'shared']);
    const memberHistory = await historyOf(member);
    expect(memberHistory.itemNotes.map((note) => note.kind)).toEqual(['shared', 'shared']);
    expect(JSON.stringify(memberHistory)).not.toContain('promotion');
    const managerSearch = (await api(manager, 'GET', `/pairs/${PAIR_ID}/history?q=promotion`)).json.sessions;
    expect(managerSearch.map((entry: { id: string }) => entry.id)).toContain(sessionId);
    const searched = (await api(member, 'GET', `/pairs/${PAIR_ID}/history?q=promotion`)).json.sessions;
    expect(searched.map((entry: { id: string }) => entry.id)).not.toContain(sessionId);

    // The next preparation shows, under each item carried over, what was noted there last time.
    // The open items went to the pair's next planned 1on1, whichever that is.
    const planned = (
      (await api(member, 'GET', `/pairs/${PAIR_ID}/sessions`)).json.sessions as Array<{
        id: string;
        status: string;
      }>
    ).filter((entry) => entry.status === 'planned');
    for (const token of [member, manager]) {
      const carried: Array<{ itemId: string; note: { kind: string; body: string } }> = [];
      const carriedIds: string[] = [];
      for (const entry of planned) {
        carried.push(...(await api(token, 'GET', `/sessions/${entry.id}/carried-notes`)).json.notes);
        const agenda = (await api(token, 'GET', `/sessions/${entry.id}`)).json.agenda as Array<{
          id: string;
          carriedOver: boolean;
        }>;
        carriedIds.push(...agenda.filter((item) => item.carriedOver).map((item) => item.id));
      }
      expect(carried.map((entry) => entry.note.body).sort()).toEqual(['A', 'after the private one']);
      expect(
        carried.every((entry) => carriedIds.includes(entry.itemId) && entry.note.kind === 'shared'),
      ).toBe(true);
    }
    expect((await api(outsider, 'GET', `/sessions/${next.json.id}/carried-notes`)).status).toBe(404);

    expect((await api(manager, 'POST', `/pairs/${PAIR_ID}/end`)).status).toBe(204);
    const refused = await api(member, 'PUT', noteUrl('shared'), { body: 'too late' }, '"3"');
    expect(refused.status).toBe(409);
    expect((await notesOf(member)).map((note) => note.body)).not.toContain('too late');
  });
});
