import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../data/database.js';
import { createJobStore, type JobStore } from '../data/system/jobQueue.js';
import { forTenant } from '../data/tenantData.js';
import { DEMO_PAIRS, DEMO_TENANT_ID } from '../dev/demoTenant.js';
import { type FakeConnector, startFakeConnector } from '../testing/fakeConnector.js';
import { personalChatId, personalInstall, type TeamsUser } from '../testing/teamsActivities.js';
import { buildDemoAppWithoutJobs } from '../testing/testServer.js';
import { cardKey } from './cardDelivery.js';
import { RATING_CARD } from './kinds/ratingCard.js';
import { createJobRunner, type JobRunner } from './runner.js';

const members: TeamsUser[] = DEMO_PAIRS.map((pair) => ({
  aadObjectId: pair.member.id,
  name: pair.member.displayName,
}));
/** The seeded past 1on1s: three ended sessions per pair (see seedDemoTenant). */
const endedSessions = DEMO_PAIRS.flatMap((pair, pairIndex) =>
  [0, 1, 2].map((n) => ({
    sessionId: `de000000-0000-4000-8000-0000000003${pairIndex}${n}`,
    memberId: pair.member.id,
  })),
);
const silent = { info() {}, warn() {}, error() {} };

let connector: FakeConnector;
let database: DatabaseHandle;
let app: FastifyInstance;
const runners: JobRunner[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  ({ app, database } = await buildDemoAppWithoutJobs());
  for (const member of members) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: personalInstall(connector.serviceUrl, DEMO_TENANT_ID, member),
    });
    expect(response.statusCode).toBe(200);
  }
});

afterEach(async () => {
  await Promise.all(runners.splice(0).map((runner) => runner.stop()));
});

afterAll(async () => {
  await app.close();
  await connector.close();
});

const ratingCardsIn = (conversationId: string, since: number) =>
  connector.delivered.slice(since).filter((request) => request.conversationId === conversationId);

async function enqueueRating(sessionId: string, memberId: string): Promise<void> {
  await forTenant(database.db, DEMO_TENANT_ID).jobs.enqueue({
    kind: RATING_CARD,
    idempotencyKey: cardKey('rating', sessionId, memberId),
    payload: { sessionId },
    runAt: new Date(),
    maxAttempts: 8,
  });
}

function runner(store: JobStore, options: { leaseMs?: number; concurrency?: number } = {}): JobRunner {
  const created = createJobRunner({
    db: database.db,
    store,
    registry: app.jobs.registry,
    log: silent,
    pollMs: 50,
    ...options,
  });
  runners.push(created);
  return created;
}

describe('durable card sending', () => {
  it('retries a throttled send after the Retry-After the connector asked for', async () => {
    const first = endedSessions[0];
    if (first === undefined) throw new Error('no seeded session');
    const since = connector.requests.length;
    const delivered = connector.delivered.length;
    connector.answerNext({ status: 429, headers: { 'retry-after': '1' } });
    await enqueueRating(first.sessionId, first.memberId);
    runner(createJobStore(database.db)).start();

    await connector.waitForDelivered(delivered + 1);
    const attempts = connector.requests.slice(since);
    expect(attempts).toHaveLength(2);
    // One attempt is one HTTP call: the connector client's own retry policy is off.
    expect(attempts[1]?.at ?? 0).toBeGreaterThanOrEqual((attempts[0]?.at ?? 0) + 1_000);
    expect(ratingCardsIn(personalChatId(members[0] as TeamsUser), delivered)).toHaveLength(1);
  });

  it('delivers every card exactly once when the worker dies mid-send and another takes over', async () => {
    const pending = endedSessions.slice(1);
    const delivered = connector.delivered.length;
    // The third send hangs; the worker dies while waiting for it.
    connector.answerNext({ status: 201 }, { status: 201 }, 'hold');
    for (const session of pending) await enqueueRating(session.sessionId, session.memberId);

    // A store that fails every write once "killed", as a dead process writes nothing.
    let killed = false;
    const real = createJobStore(database.db);
    const dying: JobStore = {
      claimDue: (...args) => (killed ? Promise.reject(new Error('killed')) : real.claimDue(...args)),
      complete: (...args) => (killed ? Promise.reject(new Error('killed')) : real.complete(...args)),
      retry: (...args) => (killed ? Promise.reject(new Error('killed')) : real.retry(...args)),
      bury: (...args) => (killed ? Promise.reject(new Error('killed')) : real.bury(...args)),
    };
    // One send at a time, so the moment of death is inside a send: the two before it were answered
    // and recorded, the third is on the wire. (A death in the instant between the connector's answer
    // and the commit of "done" would repeat that one card: the connector has no idempotency key.)
    const first = runner(dying, { leaseMs: 1_500, concurrency: 1 });
    first.start();
    await connector.held(1);
    killed = true;
    connector.dropHeld();
    await first.stop();

    const second = runner(createJobStore(database.db));
    second.start();
    await connector.waitForDelivered(delivered + pending.length);
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const sent = connector.delivered.slice(delivered);
    expect(sent).toHaveLength(pending.length);
    const perConversation = new Map<string, number>();
    for (const request of sent)
      perConversation.set(request.conversationId, (perConversation.get(request.conversationId) ?? 0) + 1);
    for (const member of members) {
      const expected = pending.filter((session) => session.memberId === member.aadObjectId).length;
      expect(perConversation.get(personalChatId(member)) ?? 0).toBe(expected);
    }
    const states = await database.db
      .selectFrom('jobs')
      .select(['state'])
      .where('kind', '=', RATING_CARD)
      .execute();
    expect(states.every((row) => row.state === 'done')).toBe(true);
  });

  it('enqueues a card once per key, however often it is asked', async () => {
    const session = endedSessions[0];
    if (session === undefined) throw new Error('no seeded session');
    await enqueueRating(session.sessionId, session.memberId);
    const rows = await database.db
      .selectFrom('jobs')
      .select('id')
      .where('idempotency_key', '=', cardKey('rating', session.sessionId, session.memberId))
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('dead-letters a card whose recipient never installed Taiwa and shows it to admins only', async () => {
    const manager = DEMO_PAIRS[2]?.manager;
    if (manager === undefined) throw new Error('no seeded pair');
    await forTenant(database.db, DEMO_TENANT_ID).jobs.enqueue({
      kind: 'card.wrapUp',
      idempotencyKey: cardKey('wrapUp', 'de000000-0000-4000-8000-000000000320', manager.id),
      payload: { sessionId: 'de000000-0000-4000-8000-000000000320' },
      runAt: new Date(),
      maxAttempts: 8,
    });
    const worker = runner(createJobStore(database.db));
    await worker.drain();
    const dead = await forTenant(database.db, DEMO_TENANT_ID).jobs.listDead(10);
    expect(dead.map((job) => job.kind)).toContain('card.wrapUp');
    expect(dead[0]?.lastError).toContain('not installed');
  });

  it('sends nothing more about a pair that has ended, even a card queued before it ended', async () => {
    const pair = DEMO_PAIRS[0];
    const session = endedSessions[0];
    if (pair === undefined || session === undefined) throw new Error('no seeded pair');
    const data = forTenant(database.db, DEMO_TENANT_ID);
    const idempotencyKey = `${cardKey('rating', session.sessionId, session.memberId)}:queued-before-the-end`;
    await data.jobs.enqueue({
      kind: RATING_CARD,
      idempotencyKey,
      payload: { sessionId: session.sessionId },
      runAt: new Date(),
      maxAttempts: 8,
    });
    await data.pairs.end(pair.id, pair.member.id, new Date());
    const delivered = connector.delivered.length;
    await runner(createJobStore(database.db)).drain();
    expect(ratingCardsIn(personalChatId(members[0] as TeamsUser), delivered)).toEqual([]);
    const job = await database.db
      .selectFrom('jobs')
      .select('state')
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('done');
  });
});
