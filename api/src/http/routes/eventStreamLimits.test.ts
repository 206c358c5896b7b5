import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../../dev/demoTenant.js';
import { seedDemoTenant } from '../../dev/seedDemoTenant.js';
import { buildServer } from '../../server.js';
import { type FakeEntra, startFakeEntra } from '../../testing/fakeEntra.js';
import { readJson } from '../../testing/json.js';
import { openSse, type SseConnection } from '../../testing/sseClient.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const MEMBER = DEMO_PEOPLE.kenta;
const MANAGER = DEMO_PEOPLE.misaki;
const CAPS = { perPersonPerSession: 2, perPerson: 3 };

let entra: FakeEntra;
let app: FastifyInstance;
let url: string;
let pairId: string;
let sessionId: string;
const open: SseConnection[] = [];

const token = (person: typeof MEMBER, expiresInSeconds?: number) =>
  entra.mint({
    tenantId: DEMO_TENANT_ID,
    userId: person.id,
    name: person.displayName,
    ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }),
  });

async function call(bearerToken: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearerToken}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await readJson(response) };
}

async function stream(bearerToken: string, session = sessionId, lastEventId?: string | null) {
  const connection = await openSse(`${url}/api/v1/sessions/${session}/events`, bearerToken, lastEventId);
  open.push(connection);
  return connection;
}

/** Whether the server has ended `connection` within `ms`. */
async function endsWithin(connection: SseConnection, ms: number): Promise<boolean> {
  return Promise.race([
    connection.endedByServer.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

const memoWith = (body: string) => (e: { event: string; data: unknown }) =>
  e.event === 'memo.changed' && (e.data as { memo: { body: string } }).memo.body === body;

beforeAll(async () => {
  entra = await startFakeEntra();
  const database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({
    config: loadConfig({ ...entra.env('*'), DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }),
    database,
    eventStreams: { caps: CAPS },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const member = await token(MEMBER);
  const pairs = await call(member, 'GET', '/pairs');
  pairId = pairs.json.pairs.find((pair: { manager: { id: string } }) => pair.manager.id === MANAGER.id).id;
  sessionId = (await call(member, 'GET', `/meetings/resolve?pairId=${pairId}`)).json.session.id;
});

afterAll(async () => {
  for (const connection of open) connection.close();
  await app.close();
  await entra.close();
});

describe('event streams per person', () => {
  it("one person's flood of streams is capped and does not hold up the other person", async () => {
    const member = await token(MEMBER);
    const manager = await token(MANAGER);
    const watching = await stream(manager);
    const flood: SseConnection[] = [];
    for (let n = 0; n < 30; n++) flood.push(await stream(member));
    expect(flood.every((connection) => connection.status === 200)).toBe(true);

    // The oldest are closed as newer ones arrive: only the newest two stay open.
    const ended = await Promise.all(flood.map((connection) => endsWithin(connection, 2_000)));
    expect(ended.slice(0, 28).every(Boolean)).toBe(true);
    expect(ended.slice(28)).toEqual([false, false]);

    const written = await call(member, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'written during the flood',
    });
    expect(written.status).toBe(201);
    await watching.waitFor(memoWith('written during the flood'), 2_000);
    for (const survivor of flood.slice(28))
      await survivor.waitFor(memoWith('written during the flood'), 2_000);
    // The manager's own stream was never touched by the member's cap.
    expect(await endsWithin(watching, 100)).toBe(false);
    for (const connection of [watching, ...flood]) connection.close();
  });

  it('caps streams per person across sessions too, closing the oldest', async () => {
    const member = await token(MEMBER);
    const other = await call(member, 'POST', `/pairs/${pairId}/sessions`, {
      scheduledStart: '2031-02-01T01:00:00Z',
      scheduledEnd: '2031-02-01T01:30:00Z',
    });
    expect(other.status).toBe(201);
    const first = await stream(member, sessionId);
    const second = await stream(member, sessionId);
    const third = await stream(member, other.json.id);
    expect(await endsWithin(first, 300)).toBe(false);
    const fourth = await stream(member, other.json.id);
    expect(await endsWithin(first, 2_000)).toBe(true);
    for (const survivor of [second, third, fourth]) expect(await endsWithin(survivor, 100)).toBe(false);
    for (const connection of [second, third, fourth]) connection.close();
  });
});

describe('event streams and token expiry', () => {
  it('ends a stream when its token expires; a fresh token and Last-Event-ID resume without a gap', async () => {
    const shortLived = await token(MEMBER, 3);
    const manager = await token(MANAGER);
    const watching = await stream(shortLived);
    expect(watching.status).toBe(200);
    await call(manager, 'POST', `/sessions/${sessionId}/memos`, { kind: 'shared', body: 'before expiry' });
    const seen = await watching.waitFor(memoWith('before expiry'), 2_000);

    expect(await endsWithin(watching, 6_000)).toBe(true);
    await call(manager, 'POST', `/sessions/${sessionId}/memos`, {
      kind: 'shared',
      body: 'while reconnecting',
    });

    // The expired token opens nothing, even inside the verifier's clock tolerance.
    const refused = await fetch(`${url}/api/v1/sessions/${sessionId}/events`, {
      headers: { authorization: `Bearer ${shortLived}`, 'last-event-id': seen.id ?? '' },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const resumed = await stream(await token(MEMBER), sessionId, seen.id);
    const missed = await resumed.waitFor(memoWith('while reconnecting'), 2_000);
    expect(Number(missed.id)).toBeGreaterThan(Number(seen.id));
    resumed.close();
  });
});
