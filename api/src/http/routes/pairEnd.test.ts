import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import { planReminders } from '../../jobs/reminderPlanner.js';
import { buildServer } from '../../server.js';
import { TENANT_A } from '../../testing/fakeEntra.js';
import type { FakeGraph } from '../../testing/fakeGraph.js';
import {
  type EntraPerson,
  type Microsoft365StandIns,
  startMicrosoft365StandIns,
} from '../../testing/microsoft365StandIns.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const MANAGER = {
  id: '00000000-0000-4000-8000-00000000e001',
  name: 'Misaki Sato',
  mail: 'misaki@contoso.example',
};
const MEMBER = {
  id: '00000000-0000-4000-8000-00000000e002',
  name: 'Kenta Tanaka',
  mail: 'kenta@contoso.example',
};
const SECOND = { id: '00000000-0000-4000-8000-00000000e003', name: 'Aoi Kato', mail: 'aoi@contoso.example' };
const THIRD = { id: '00000000-0000-4000-8000-00000000e004', name: 'Ren Mori', mail: 'ren@contoso.example' };

let m365: Microsoft365StandIns;
let graph: FakeGraph;
let database: DatabaseHandle;
let app: FastifyInstance;
// Monday 30 November 2026, 09:00 in Tokyo.
const clock = new Date('2026-11-30T00:00:00Z');

const as = (who: EntraPerson) => m365.signIn(who);

async function pairOf(member: EntraPerson): Promise<string> {
  // The member names the manager, so the pair is established at once.
  const pair = await app.inject({
    method: 'POST',
    url: '/api/v1/pairs',
    headers: await as(member),
    payload: { managerId: MANAGER.id, memberId: member.id },
  });
  expect(pair.statusCode).toBe(201);
  return pair.json().id;
}

/** Today's 1on1 (planned in the tab) and the next one, booked in Outlook by `booker`. */
async function bookedPair(member: EntraPerson, booker: EntraPerson, hour: number) {
  const pairId = await pairOf(member);
  const today = await app.inject({
    method: 'POST',
    url: `/api/v1/pairs/${pairId}/sessions`,
    headers: await as(member),
    payload: {
      scheduledStart: `2026-11-30T0${hour}:00:00.000Z`,
      scheduledEnd: `2026-11-30T0${hour}:30:00.000Z`,
    },
  });
  expect(today.statusCode).toBe(201);
  const next = await app.inject({
    method: 'POST',
    url: `/api/v1/sessions/${today.json().id}/next`,
    headers: await as(booker),
    payload: {
      scheduledStart: `2026-12-01T0${hour}:00:00.000Z`,
      scheduledEnd: `2026-12-01T0${hour}:30:00.000Z`,
    },
  });
  expect(next.statusCode).toBe(201);
  return { pairId, todayId: today.json().id as string, nextId: next.json().id as string };
}

async function reminderJobsFor(sessionId: string): Promise<number> {
  const jobs = await database.db.selectFrom('jobs').select(['kind', 'payload']).execute();
  return jobs.filter(
    (job) => job.kind === 'card.reminder' && (job.payload as { sessionId?: string }).sessionId === sessionId,
  ).length;
}

beforeAll(async () => {
  m365 = await startMicrosoft365StandIns({
    clientSecret: 'pair-end-test-secret',
    env: { PUBLIC_URL: 'https://taiwa.example.com' },
  });
  ({ graph } = m365);
  for (const who of [MANAGER, MEMBER, SECOND, THIRD]) graph.addUser({ id: who.id, mail: who.mail });
  database = await openTestDatabase();
  app = await buildServer({
    config: m365.config,
    database,
    now: () => clock,
    graphTokens: m365.graphTokens(database),
    jobs: { autoStart: false },
  });
  for (const who of [MANAGER, MEMBER, SECOND, THIRD]) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(who) })).statusCode).toBe(200);
  }
});

afterAll(async () => {
  await app?.close();
  await m365?.close();
});

describe('ending a pair with 1on1s still planned', () => {
  it('cancels its future 1on1s, and the Outlook event the one ending it booked', async () => {
    const { pairId, todayId, nextId } = await bookedPair(MEMBER, MEMBER, 1);
    const [event] = graph.events(MEMBER.id);
    expect(event).toBeDefined();

    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/end`,
      headers: await as(MEMBER),
    });
    expect(ended.statusCode).toBe(204);

    // Deleting the event from the organiser's calendar is what sends both people the cancellation.
    expect(graph.events(MEMBER.id)).toHaveLength(0);
    expect(
      graph.requests.filter(
        (request) =>
          request.method === 'DELETE' && decodeURIComponent(request.path).endsWith(`/me/events/${event?.id}`),
      ),
    ).toHaveLength(1);
    const data = forTenant(database.db, TENANT_A);
    for (const id of [todayId, nextId]) {
      expect((await data.bookings.find(id))?.cancelledAt).toEqual(clock);
    }
    const pairs = await app.inject({ url: '/api/v1/pairs', headers: await as(MEMBER) });
    const pair = pairs.json().pairs.find((candidate: { id: string }) => candidate.id === pairId);
    expect(pair).toMatchObject({ status: 'ended', nextSession: null });
    // Its history stays readable, and its .ics says it is cancelled.
    const ics = await app.inject({
      url: `/api/v1/sessions/${nextId}/calendar.ics`,
      headers: await as(MANAGER),
    });
    expect(ics.statusCode).toBe(200);
    expect(ics.body).toContain('STATUS:CANCELLED');

    await planReminders(database.db, clock);
    expect(await reminderJobsFor(nextId)).toBe(0);
    expect(await reminderJobsFor(todayId)).toBe(0);
  });

  it('leaves the event the other person organised in their calendar, and still ends the pair', async () => {
    const { pairId, nextId } = await bookedPair(SECOND, SECOND, 3);
    expect(graph.events(SECOND.id)).toHaveLength(1);

    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/end`,
      headers: await as(MANAGER),
    });
    expect(ended.statusCode).toBe(204);
    // Taiwa acts with the manager's own permission, which cannot delete Aoi's event.
    expect(graph.events(SECOND.id)).toHaveLength(1);
    expect((await forTenant(database.db, TENANT_A).bookings.find(nextId))?.cancelledAt).toEqual(clock);
    await planReminders(database.db, clock);
    expect(await reminderJobsFor(nextId)).toBe(0);
  });

  it('ends the pair even when Outlook refuses to cancel the event', async () => {
    const { pairId, nextId } = await bookedPair(THIRD, MANAGER, 5);
    graph.failNext({ method: 'DELETE', path: /\/me\/events\//, status: 403 });

    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/end`,
      headers: await as(MANAGER),
    });
    expect(ended.statusCode).toBe(204);
    expect((await forTenant(database.db, TENANT_A).bookings.find(nextId))?.cancelledAt).toEqual(clock);
    expect(graph.events(MANAGER.id)).toHaveLength(1);
  });
});
