import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../domain/catalog.js';
import { httpApiCaller } from '../../testing/apiCalls.js';
import { bearer, devToken, MANAGER, MEMBER, OUTSIDER, PAIR_ID } from '../../testing/demoPeople.js';
import { readJson } from '../../testing/json.js';
import { openSse, type SseConnection } from '../../testing/sseClient.js';
import { startTestServer, type TestServer } from '../../testing/testServer.js';

let server: TestServer;
let manager: string;
let member: string;
let sessionId: string;
const open: SseConnection[] = [];

const api = httpApiCaller(() => server);

async function stream(token: string, lastEventId?: string | null) {
  const connection = await openSse(`${server.url}/api/v1/sessions/${sessionId}/events`, token, lastEventId);
  open.push(connection);
  return connection;
}

const lastEventIdOf = async (token: string) =>
  (await api(token, 'GET', `/sessions/${sessionId}`)).json.lastEventId as string | null;

beforeAll(async () => {
  server = await startTestServer();
  [manager, member] = await Promise.all([devToken(server.app, MANAGER.id), devToken(server.app, MEMBER.id)]);
  // A 1on1 about to start: opening it may make it live (one days ahead would stay planned).
  const soon = Date.now() + 5 * 60_000;
  await api(manager, 'POST', `/pairs/${PAIR_ID}/sessions`, {
    scheduledStart: new Date(soon).toISOString(),
    scheduledEnd: new Date(soon + 30 * 60_000).toISOString(),
  });
  sessionId = (await api(manager, 'GET', `/meetings/resolve?pairId=${PAIR_ID}`)).json.session.id;
});

afterAll(async () => {
  for (const connection of open) connection.close();
  await server.close();
});

describe('GET /sessions/:id/events', () => {
  it('needs a token in the Authorization header and participation', async () => {
    const anonymous = await fetch(`${server.url}/api/v1/sessions/${sessionId}/events`);
    expect(anonymous.status).toBe(401);
    const outsider = await stream(await devToken(server.app, OUTSIDER.id));
    expect(outsider.status).toBe(404);
  });

  it('delivers a dice roll to the other person: the same face, in order', async () => {
    const watching = await stream(member, await lastEventIdOf(member));
    expect(watching.status).toBe(200);
    const first = await api(manager, 'POST', `/sessions/${sessionId}/dice`);
    expect(first.status).toBe(201);
    const second = await api(member, 'POST', `/sessions/${sessionId}/dice`);
    expect(second.json.seq).toBe(first.json.seq + 1);
    expect(DEFAULT_CATALOG.diceFaces.map((face) => face.id)).toContain(first.json.face.id);

    const seen = await watching.waitFor(
      (e) => e.event === 'dice.rolled' && (e.data as { roll: { seq: number } }).roll.seq === second.json.seq,
      1_000,
    );
    const rolls = watching.events
      .filter((e) => e.event === 'dice.rolled')
      .map((e) => (e.data as { roll: unknown }).roll);
    expect(rolls).toEqual([first.json, second.json]);
    expect(Number(seen.id)).toBeGreaterThan(0);

    const view = (await api(member, 'GET', `/sessions/${sessionId}`)).json;
    expect(view.dice).toEqual({ latest: second.json, count: 2 });
  });

  it("never sends the manager's private memo to the member", async () => {
    const since = await lastEventIdOf(manager);
    const managerStream = await stream(manager, since);
    const memberStream = await stream(member, since);
    const secret = 'PRIVATE: salary review';
    const privateMemo = await api(manager, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'private',
      body: secret,
    });
    await api(
      manager,
      'PATCH',
      `/sessions/${sessionId}/memos/${privateMemo.json.id}`,
      { body: `${secret}!` },
      '"1"',
    );
    const shared = await api(manager, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'Shared after the private one',
    });

    const isShared = (e: { data: unknown }) =>
      (e.data as { memo?: { id: string } }).memo?.id === shared.json.id;
    await managerStream.waitFor(isShared);
    await memberStream.waitFor(isShared);
    expect(managerStream.events.filter((e) => JSON.stringify(e.data).includes(secret))).toHaveLength(2);
    expect(JSON.stringify(memberStream.events)).not.toContain(secret);
    expect(JSON.stringify(memberStream.events)).not.toContain(privateMemo.json.id);
    // The addressee marker itself is not sent: the author knows the memo is theirs.
    expect(JSON.stringify(managerStream.events)).not.toContain('visibleTo');
  });

  it('replays exactly what was missed after Last-Event-ID', async () => {
    const before = await stream(member, await lastEventIdOf(member));
    const marker = await api(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'before the drop',
    });
    const last = await before.waitFor(
      (e) => (e.data as { memo?: { id: string } }).memo?.id === marker.json.id,
    );
    before.close();

    const missedMemo = await api(manager, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'while you were away',
    });
    const missedRoll = await api(manager, 'POST', `/sessions/${sessionId}/dice`);
    const status = await api(manager, 'POST', `/sessions/${sessionId}/status`, { status: 'live' });
    expect(status.json.status).toBe('live');

    const after = await stream(member, last.id);
    await after.waitFor((e) => e.event === 'session.status');
    expect(after.events.map((e) => e.event)).toEqual(['memo.changed', 'dice.rolled', 'session.status']);
    const [memoEvent, rollEvent] = after.events;
    expect(memoEvent?.data).toMatchObject({ memo: { id: missedMemo.json.id } });
    expect(rollEvent?.data).toEqual({ roll: missedRoll.json });
    const ids = after.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBeGreaterThan(Number(last.id));
  });

  it('rejects a malformed Last-Event-ID', async () => {
    const response = await fetch(`${server.url}/api/v1/sessions/${sessionId}/events`, {
      headers: { ...bearer(member), 'last-event-id': 'abc' },
    });
    expect(response.status).toBe(400);
    expect((await readJson(response)).errors[0].field).toBe('header.last-event-id');
  });
});

describe('POST /sessions/:id/status', () => {
  it('does not start a 1on1 days ahead when it is opened: 409 outside-meeting-window, still planned', async () => {
    const { json: later } = await api(member, 'POST', `/pairs/${PAIR_ID}/sessions`, {
      scheduledStart: '2031-01-10T01:00:00Z',
      scheduledEnd: '2031-01-10T01:30:00Z',
    });
    const refused = await api(member, 'POST', `/sessions/${later.id}/status`, { status: 'live' });
    expect(refused.status).toBe(409);
    expect(refused.json.type).toBe('urn:taiwa:problem:outside-meeting-window');
    expect((await api(member, 'GET', `/sessions/${later.id}`)).json.status).toBe('planned');
  });

  it('goes live and ends once, visible to both, and never comes back from ended', async () => {
    // Started 55 minutes ago for 30 minutes: still within its window (30 minutes past its end).
    const start = Date.now() - 55 * 60_000;
    const { json: pairSession } = await api(member, 'POST', `/pairs/${PAIR_ID}/sessions`, {
      scheduledStart: new Date(start).toISOString(),
      scheduledEnd: new Date(start + 30 * 60_000).toISOString(),
    });
    const path = `/sessions/${pairSession.id}/status`;
    expect((await api(member, 'POST', path, { status: 'live' })).json.status).toBe('live');
    expect((await api(manager, 'POST', path, { status: 'live' })).json.status).toBe('live');
    expect((await api(manager, 'POST', path, { status: 'ended' })).json.status).toBe('ended');
    expect((await api(member, 'POST', path, { status: 'ended' })).json.status).toBe('ended');
    const revive = await api(member, 'POST', path, { status: 'live' });
    expect(revive.status).toBe(409);
    expect((await api(member, 'POST', `/sessions/${pairSession.id}/dice`)).status).toBe(409);
    expect((await api(member, 'POST', path, { status: 'planned' })).status).toBe(400);
    expect((await api(member, 'GET', `/sessions/${pairSession.id}`)).json.status).toBe('ended');
  });
});
