import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localParts } from '../../domain/slots.js';
import { bearer, demoPairTokens, PAIR_ID } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

// Monday 30 November 2026, 09:00 in Tokyo.
const NOW = new Date('2026-11-30T00:00:00Z');
const THURSDAY_14_TOKYO = {
  rhythm: 'weekly',
  weekday: 4,
  minuteOfDay: 14 * 60,
  durationMinutes: 45,
  timeZone: 'Asia/Tokyo',
  weekOfMonth: null,
};

let app: FastifyInstance;
let manager: string;
let member: string;
let outsider: string;

async function call(token: string, method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(token),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

beforeAll(async () => {
  app = await buildTestApp({}, () => NOW);
  [manager, member, outsider] = await demoPairTokens(app);
});

afterAll(async () => {
  await app.close();
});

describe("a pair's rhythm", () => {
  it('is unset at first', async () => {
    const response = await call(member, 'GET', `/pairs/${PAIR_ID}/cadence`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ cadence: null, next: null });
  });

  it('is set by either person, seen by the other, with the date it puts the next 1on1 on', async () => {
    const saved = await call(member, 'PUT', `/pairs/${PAIR_ID}/cadence`, THURSDAY_14_TOKYO);
    expect(saved.statusCode).toBe(200);
    const seen = (await call(manager, 'GET', `/pairs/${PAIR_ID}/cadence`)).json();
    expect(seen.cadence).toEqual(THURSDAY_14_TOKYO);
    const start = new Date(seen.next.scheduledStart);
    const local = localParts(start, 'Asia/Tokyo');
    expect([local.weekday, local.hour, local.minute]).toEqual([4, 14, 0]);
    expect(new Date(seen.next.scheduledEnd).getTime() - start.getTime()).toBe(45 * 60_000);
    // At least four days after the pair's latest 1on1, and never in the past.
    const sessions = (await call(member, 'GET', `/pairs/${PAIR_ID}/sessions`)).json().sessions as Array<{
      scheduledStart: string;
    }>;
    const latest = Math.max(...sessions.map((session) => Date.parse(session.scheduledStart)));
    expect(start.getTime()).toBeGreaterThan(Math.max(NOW.getTime(), latest + 3 * 86_400_000));
  });

  it('is refused with the field named when it is not a rhythm', async () => {
    const monthlyWithoutWeek = await call(member, 'PUT', `/pairs/${PAIR_ID}/cadence`, {
      ...THURSDAY_14_TOKYO,
      rhythm: 'monthly',
    });
    // Well-formed but not a rhythm: 422, like every rule of the product that refuses input.
    expect(monthlyWithoutWeek.statusCode).toBe(422);
    expect(monthlyWithoutWeek.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(monthlyWithoutWeek.json())).toContain('weekOfMonth');
    const badZone = await call(member, 'PUT', `/pairs/${PAIR_ID}/cadence`, {
      ...THURSDAY_14_TOKYO,
      timeZone: 'Mars/Olympus',
    });
    expect(badZone.statusCode).toBe(422);
    expect(JSON.stringify(badZone.json())).toContain('timeZone');
    const badWeekday = await call(member, 'PUT', `/pairs/${PAIR_ID}/cadence`, {
      ...THURSDAY_14_TOKYO,
      weekday: 9,
    });
    // Outside the schema: 400.
    expect(badWeekday.statusCode).toBe(400);
    expect(JSON.stringify(badWeekday.json())).toContain('weekday');
    // The stored rhythm is untouched by refused writes.
    expect((await call(member, 'GET', `/pairs/${PAIR_ID}/cadence`)).json().cadence).toEqual(
      THURSDAY_14_TOKYO,
    );
  });

  it('is no one else’s business: outsiders get 404 for reading, setting and removing it', async () => {
    expect((await call(outsider, 'GET', `/pairs/${PAIR_ID}/cadence`)).statusCode).toBe(404);
    expect((await call(outsider, 'PUT', `/pairs/${PAIR_ID}/cadence`, THURSDAY_14_TOKYO)).statusCode).toBe(
      404,
    );
    expect((await call(outsider, 'DELETE', `/pairs/${PAIR_ID}/cadence`)).statusCode).toBe(404);
  });

  it('puts its date first among the proposals for the next 1on1', async () => {
    const resolved = (await call(manager, 'GET', `/meetings/resolve?pairId=${PAIR_ID}`)).json();
    const view = (await call(member, 'GET', `/pairs/${PAIR_ID}/cadence`)).json();
    const proposals = await call(member, 'GET', `/sessions/${resolved.session.id}/next/proposals`);
    expect(proposals.statusCode).toBe(200);
    const body = proposals.json();
    expect(body.rhythm).toMatchObject({ free: true });
    expect(body.proposals[0]).toEqual({ ...body.rhythm, free: undefined, rhythm: true });
    expect(body.proposals.filter((proposal: { rhythm: boolean }) => proposal.rhythm)).toHaveLength(1);
    expect(body.proposals).toHaveLength(3);
    // Counted from the 1on1 being wrapped up, the rhythm may land later than from the latest one.
    expect(Date.parse(body.rhythm.scheduledStart)).toBeGreaterThanOrEqual(NOW.getTime());
    expect(view.next).not.toBeNull();
    const booked = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${resolved.session.id}/next`,
      headers: bearer(member),
      payload: { scheduledStart: body.rhythm.scheduledStart, scheduledEnd: body.rhythm.scheduledEnd },
    });
    expect(booked.json()).toMatchObject({ scheduledStart: body.rhythm.scheduledStart });
    expect(booked.statusCode).toBe(201);
  });

  it('stops when either person removes it', async () => {
    expect((await call(manager, 'DELETE', `/pairs/${PAIR_ID}/cadence`)).statusCode).toBe(204);
    expect((await call(member, 'GET', `/pairs/${PAIR_ID}/cadence`)).json()).toEqual({
      cadence: null,
      next: null,
    });
  });
});
