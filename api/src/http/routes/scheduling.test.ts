import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../data/database.js';
import { DEMO_PAIRS } from '../../dev/demoTenant.js';
import { seedDemoTenant } from '../../dev/seedDemoTenant.js';
import { buildServer } from '../../server.js';
import { type DemoName, demoHeaders } from '../../testing/demoTokens.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const [KENTA_PAIR, EMILY_PAIR] = DEMO_PAIRS.map((pair) => pair.id) as [string, string];
const DAY = 24 * 60 * 60_000;

let app: FastifyInstance;
let database: DatabaseHandle;
const headers = {} as Record<DemoName, Record<string, string>>;
/** Far enough ahead that no seeded 1on1 is near. */
const base = new Date(Date.now() + 40 * DAY);
base.setUTCHours(1, 0, 0, 0);
const iso = (minutesFromBase: number) => new Date(base.getTime() + minutesFromBase * 60_000).toISOString();

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({ config: loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }), database });
  for (const who of ['kenta', 'misaki', 'emily'] as const) headers[who] = await demoHeaders(app, who);
});
afterAll(async () => {
  await app.close();
});

function schedule(who: DemoName, pairId: string, start: number, end: number) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/pairs/${pairId}/sessions`,
    headers: headers[who],
    payload: { scheduledStart: iso(start), scheduledEnd: iso(end) },
  });
}

async function sessionCount(pairId: string): Promise<number> {
  const response = await app.inject({ url: `/api/v1/pairs/${pairId}/sessions`, headers: headers.misaki });
  return response.json().sessions.length;
}

describe('no double booking of a pair', () => {
  let existing: { id: string; scheduledStart: string; scheduledEnd: string };

  it('books a free slot', async () => {
    const response = await schedule('misaki', KENTA_PAIR, 0, 30);
    expect(response.statusCode).toBe(201);
    existing = response.json();
  });

  it('refuses an overlapping second 1on1 with 409 problem+json carrying the existing one, in the caller’s language', async () => {
    const before = await sessionCount(KENTA_PAIR);
    for (const [who, start, end] of [
      ['kenta', 0, 30],
      ['misaki', 15, 45],
      ['kenta', -15, 5],
    ] as const) {
      const response = await schedule(who, KENTA_PAIR, start, end);
      expect(response.statusCode, `${start}-${end}`).toBe(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json();
      expect(problem.type).toBe('urn:taiwa:problem:overlapping-1on1');
      expect(problem.current).toEqual({
        id: existing.id,
        pairId: KENTA_PAIR,
        status: 'planned',
        scheduledStart: existing.scheduledStart,
        scheduledEnd: existing.scheduledEnd,
      });
    }
    const ja = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${KENTA_PAIR}/sessions`,
      headers: { ...headers.kenta, 'accept-language': 'ja' },
      payload: { scheduledStart: iso(10), scheduledEnd: iso(20) },
    });
    expect(ja.json().title).toBe('この時間には、すでにこのペアの 1on1 が予定されています');
    expect(await sessionCount(KENTA_PAIR)).toBe(before);
  });

  it('accepts back to back, and the same time for another pair', async () => {
    expect((await schedule('misaki', KENTA_PAIR, 30, 60)).statusCode).toBe(201);
    expect((await schedule('misaki', EMILY_PAIR, 0, 30)).statusCode).toBe(201);
  });

  it('lets only one of two bookings of the same slot sent at once through', async () => {
    const results = await Promise.all([
      schedule('misaki', EMILY_PAIR, 120, 150),
      schedule('emily', EMILY_PAIR, 120, 150),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('refuses booking the next 1on1 on top of a planned one of the pair (POST /sessions/:id/next)', async () => {
    const sessions = (
      await app.inject({ url: `/api/v1/pairs/${KENTA_PAIR}/sessions`, headers: headers.kenta })
    ).json().sessions as Array<{ id: string; status: string; scheduledStart: string }>;
    // The seeded upcoming 1on1 has no next yet: book its next onto the one scheduled above.
    const upcoming = sessions
      .filter((s) => s.status === 'planned' && s.id !== existing.id)
      .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))[0];
    expect(upcoming).toBeDefined();
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${upcoming?.id}/next`,
      headers: headers.kenta,
      payload: { scheduledStart: iso(5), scheduledEnd: iso(35), timeZone: 'Asia/Tokyo' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: 'urn:taiwa:problem:overlapping-1on1',
      current: { id: existing.id },
    });
  });
});
