import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../data/database.js';
import type { Fit } from '../../domain/feedback.js';
import { buildServer } from '../../server.js';
import { type FakeEntra, startFakeEntra, TENANT_A } from '../../testing/fakeEntra.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const MANAGER = '00000000-0000-4000-8000-00000000c001';
const OTHER_MANAGER = '00000000-0000-4000-8000-00000000c002';
const KENTA = '00000000-0000-4000-8000-00000000c003';
const EMILY = '00000000-0000-4000-8000-00000000c004';
const OUTSIDER = '00000000-0000-4000-8000-00000000c005';
const ADMIN = '00000000-0000-4000-8000-00000000c006';
const NAMES: Record<string, string> = {
  [MANAGER]: '佐藤 美咲',
  [OTHER_MANAGER]: 'David Miller',
  [KENTA]: '田中 健太',
  [EMILY]: 'Emily Clark',
  [OUTSIDER]: 'Olivia Out',
  [ADMIN]: '山本 翔',
};

let entra: FakeEntra;
let app: FastifyInstance;
let database: DatabaseHandle;
let clock = new Date('2026-03-20T03:00:00Z');
let kentaPair: string;
let emilyPair: string;
let otherPair: string;

async function as(userId: string) {
  const token = await entra.mint({
    tenantId: TENANT_A,
    userId,
    name: NAMES[userId] ?? 'Someone',
    roles: userId === ADMIN ? ['Taiwa.Admin'] : [],
  });
  return { authorization: `Bearer ${token}` };
}

async function createPair(managerId: string, memberId: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/pairs',
    // The member names the manager: a pair a manager proposes waits for the member's confirmation.
    headers: await as(memberId),
    payload: { managerId, memberId },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

let sessionSeq = 0;
/** An ended 1on1 rated by the member, written straight to the tables the rating feature fills. */
async function ratedSession(pairId: string, iso: string, clarity: number, fits: Array<[string, Fit]>) {
  sessionSeq += 1;
  const id = `rated-${sessionSeq}`;
  const start = new Date(iso);
  const pair = await database.db
    .selectFrom('pairs')
    .selectAll()
    .where('tenant_id', '=', TENANT_A)
    .where('id', '=', pairId)
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('sessions')
    .values({
      tenant_id: TENANT_A,
      id,
      pair_id: pairId,
      scheduled_start: start,
      scheduled_end: new Date(start.getTime() + 30 * 60_000),
      status: 'ended',
      started_at: start,
      ended_at: new Date(start.getTime() + 30 * 60_000),
    })
    .execute();
  await database.db
    .insertInto('ratings')
    .values({
      tenant_id: TENANT_A,
      session_id: id,
      member_id: pair.member_id,
      manager_id: pair.manager_id,
      clarity,
      impressions: 'とても話しやすかった',
      share_impressions: false,
      submitted_at: new Date(start.getTime() + 60 * 60_000),
    })
    .execute();
  for (const [index, [expectedResponseId, fit]] of fits.entries()) {
    const itemId = `${id}-item-${index}`;
    await database.db
      .insertInto('agenda_items')
      .values({
        tenant_id: TENANT_A,
        id: itemId,
        session_id: id,
        author_id: pair.member_id,
        author_role: 'member',
        theme_id: 'work',
        expected_response_id: expectedResponseId,
        position: index,
      })
      .execute();
    await database.db
      .insertInto('rating_item_fits')
      .values({
        tenant_id: TENANT_A,
        session_id: id,
        agenda_item_id: itemId,
        expected_response_id: expectedResponseId,
        fit,
      })
      .execute();
  }
  return id;
}

const HOLDING = [1, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];

beforeAll(async () => {
  entra = await startFakeEntra();
  database = await openTestDatabase();
  const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', ...entra.env() });
  app = await buildServer({ config, database, now: () => clock });
  for (const user of Object.keys(NAMES)) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(user) })).statusCode).toBe(200);
  }
  kentaPair = await createPair(MANAGER, KENTA);
  emilyPair = await createPair(MANAGER, EMILY);
  otherPair = await createPair(OTHER_MANAGER, OUTSIDER);

  // Kenta asks to be listened to six times: fit twice, partly twice, missed twice.
  await ratedSession(kentaPair, '2026-01-10T01:00:00Z', 2, [['listen', 'no']]);
  await ratedSession(kentaPair, '2026-01-24T01:00:00Z', 3, [
    ['listen', 'partly'],
    ['listen', 'yes'],
  ]);
  await ratedSession(kentaPair, '2026-02-07T01:00:00Z', 4, [['listen', 'yes']]);
  await ratedSession(kentaPair, '2026-02-21T01:00:00Z', 1, [
    ['listen', 'no'],
    ['report', 'yes'],
  ]);
  const last = await ratedSession(kentaPair, '2026-03-07T01:00:00Z', 3, [['listen', 'partly']]);
  // Emily asks for advice four times and it always fits.
  for (const day of ['2026-01-15', '2026-02-15', '2026-03-01', '2026-03-15']) {
    await ratedSession(emilyPair, `${day}T01:00:00Z`, 5, [['advice', 'yes']]);
  }
  // The other manager's 1on1s must never reach this manager's feedback.
  for (const day of ['2026-01-05', '2026-02-05', '2026-03-05']) {
    await ratedSession(otherPair, `${day}T01:00:00Z`, 0, [['listen', 'no']]);
  }
  await database.db
    .insertInto('transcripts')
    .values({
      tenant_id: TENANT_A,
      session_id: last,
      state: 'fetched',
      source: 'upload',
      cues: JSON.stringify([
        { id: null, startMs: 0, endMs: 60_000, speaker: NAMES[MANAGER], text: '最近どう？' },
        { id: null, startMs: 60_000, endMs: 240_000, speaker: NAMES[KENTA], text: '実は…' },
      ]),
      meeting_ended_at: new Date('2026-03-07T01:30:00Z'),
      fetched_at: new Date('2026-03-07T02:00:00Z'),
    })
    .execute();
});

afterAll(async () => {
  await app.close();
  await entra.close();
});

describe('GET /insights/me', () => {
  it("gives the manager exact feedback from their members' ratings", async () => {
    const response = await app.inject({ url: '/api/v1/insights/me', headers: await as(MANAGER) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.managesPairs).toBe(true);
    expect(body.sessions).toBe(9);
    const listen = body.responses.find(
      (r: { expectedResponseId: string }) => r.expectedResponseId === 'listen',
    );
    expect(listen).toMatchObject({
      ratings: 6,
      yes: 2,
      partly: 2,
      no: 2,
      fitRate: 0.333,
      fitScore: 0.5,
      // すっきり度 only as a band over Kenta's first complete batch of three (2, 3, 4).
      clarityBand: 'middle',
      assessment: 'mixed',
      label: { ja: 'まずは聞いてほしい', en: 'Just listen' },
    });
    // Kenta's and Emily's first batches: (2 + 3 + 4 + 5 + 5 + 5) / 6 = 4. No average anywhere.
    expect(body.clarityBand).toBe('high');
    expect(JSON.stringify(body)).not.toContain('averageClarity');
    expect(body.strengths).toEqual(['advice']);
    expect(body.weaknesses).toEqual([]);
    const report = body.responses.find(
      (r: { expectedResponseId: string }) => r.expectedResponseId === 'report',
    );
    expect(report).toMatchObject({ ratings: 1, fitRate: null, assessment: 'not_enough_data' });
    const kenta = body.members.find((m: { pairId: string }) => m.pairId === kentaPair);
    expect(kenta.member.displayName).toBe('田中 健太');
    expect(kenta.responses[0]).toMatchObject({ expectedResponseId: 'listen', ratings: 6 });
    expect(kenta.clarityBand).toBe('middle');
    expect(body.advice.map((a: { expectedResponseId: string }) => a.expectedResponseId)).toEqual(['listen']);
    expect(body.advice[0]).toMatchObject({ rung: 'trust_building', stage: null });
    expect(body.advice[0].text.en).toMatch(/summarise back/);
    expect(body.trend.at(-1)).toMatchObject({ month: '2026-03', sessions: 3 });
  });

  it("shows another manager only their own feedback, never this manager's", async () => {
    const body = (await app.inject({ url: '/api/v1/insights/me', headers: await as(OTHER_MANAGER) })).json();
    expect(body.sessions).toBe(3);
    expect(body.members.map((m: { pairId: string }) => m.pairId)).toEqual([otherPair]);
    expect(JSON.stringify(body)).not.toContain(KENTA);
  });

  it('is empty for someone who manages nobody', async () => {
    const body = (await app.inject({ url: '/api/v1/insights/me', headers: await as(KENTA) })).json();
    expect(body).toMatchObject({ managesPairs: false, sessions: 0, responses: [], members: [] });
  });
});

describe('GET /pairs/:pairId/insights', () => {
  it('gives the manager the hint beside each agenda item: "your fit for listening lately: 2 of 6"', async () => {
    const response = await app.inject({
      url: `/api/v1/pairs/${kentaPair}/insights`,
      headers: await as(MANAGER),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const listen = body.hints.find((h: { expectedResponseId: string }) => h.expectedResponseId === 'listen');
    expect(listen).toMatchObject({
      overall: { yes: 2, ratings: 6, assessment: 'mixed' },
      withMember: { yes: 2, ratings: 6, assessment: 'mixed' },
      memberAskedTimes: 6,
    });
    expect(listen.advice.rung).toBe('trust_building');
    expect(body.hints).toHaveLength(6);
    expect(body.memberFeedback.responses[0].expectedResponseId).toBe('listen');
    expect(body.advice[0].expectedResponseId).toBe('listen');
  });

  it("shows the manager each person's share of the talking", async () => {
    const body = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/insights`, headers: await as(MANAGER) })
    ).json();
    expect(body.talkTime.sessions).toEqual([
      expect.objectContaining({ managerShare: 0.25, memberShare: 0.75, attributedMs: 240_000 }),
    ]);
  });

  it("hides the manager's feedback from the member, other managers, outsiders and admins (404)", async () => {
    for (const user of [KENTA, OTHER_MANAGER, OUTSIDER, ADMIN]) {
      const response = await app.inject({
        url: `/api/v1/pairs/${kentaPair}/insights`,
        headers: await as(user),
      });
      expect(response.statusCode, user).toBe(404);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});

describe('relationship check-ins', () => {
  it('lets the member check in and explains the stage to them', async () => {
    const answers = [...HOLDING];
    answers[8] = 3; // statement 9 does not hold yet → 信用, short of 信頼
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${kentaPair}/checkins`,
      headers: await as(KENTA),
      payload: { answers },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.stage).toMatchObject({ index: 4, id: 'reliance', name: { ja: '信用', en: 'Reliance' } });
    expect(body.blockingStatements).toEqual([9]);
    expect(body.explanation.en).toBe(
      'You are at Reliance because statement 9 does not hold yet, which Trust needs.',
    );
    expect(body.sharedWithManager).toBe(false);
  });

  it('refuses a second check-in within the month with 409 and when it opens', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${kentaPair}/checkins`,
      headers: await as(KENTA),
      payload: { answers: HOLDING },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().current.nextAllowedAt).toBe('2026-04-20T03:00:00.000Z');
    const list = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/checkins`, headers: await as(KENTA) })
    ).json();
    expect(list).toMatchObject({ canCheckIn: false, nextAllowedAt: '2026-04-20T03:00:00.000Z' });
    expect(list.statements).toHaveLength(16);
  });

  it('is answered by the member only; outsiders do not see the pair', async () => {
    const byManager = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${emilyPair}/checkins`,
      headers: await as(MANAGER),
      payload: { answers: HOLDING },
    });
    expect(byManager.statusCode).toBe(403);
    const byOutsider = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${emilyPair}/checkins`,
      headers: await as(OUTSIDER),
      payload: { answers: HOLDING },
    });
    expect(byOutsider.statusCode).toBe(404);
    expect(
      (await app.inject({ url: `/api/v1/pairs/${emilyPair}/checkins`, headers: await as(ADMIN) })).statusCode,
    ).toBe(404);
  });

  it('names the field of bad answers', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${emilyPair}/checkins`,
      headers: await as(EMILY),
      payload: { answers: [...HOLDING.slice(0, 15), 6] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.answers.15');
    const short = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${emilyPair}/checkins`,
      headers: await as(EMILY),
      payload: { answers: HOLDING.slice(1) },
    });
    expect(short.statusCode).toBe(400);
  });

  it('shows the manager nothing of an unshared check-in but its date; a shared one with stage, answers and statements', async () => {
    // Kenta's check-in above was not shared.
    let list = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/checkins`, headers: await as(MANAGER) })
    ).json();
    expect(list.myRole).toBe('manager');
    expect(list.canCheckIn).toBe(false);
    expect(list.checkins).toHaveLength(1);
    expect(list.checkins[0]).toMatchObject({
      sharedWithManager: false,
      stage: null,
      answers: null,
      explanation: null,
      blockingStatements: null,
    });
    expect(list.checkins[0].answeredAt).toBe('2026-03-20T03:00:00.000Z');
    expect(list.summary).toBeNull();
    expect(JSON.stringify(list.checkins)).not.toContain('reliance');
    let insights = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/insights`, headers: await as(MANAGER) })
    ).json();
    expect(insights.stage).toBeNull();
    expect(insights.advice.every((a: { stage: unknown }) => a.stage === null)).toBe(true);
    const overview = (await app.inject({ url: '/api/v1/insights/me', headers: await as(MANAGER) })).json();
    const kenta = overview.members.find((m: { pairId: string }) => m.pairId === kentaPair);
    expect(kenta.stage).toBeNull();
    // The member still sees all of it.
    const own = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/checkins`, headers: await as(KENTA) })
    ).json();
    expect(own.checkins[0]).toMatchObject({ stage: { id: 'reliance' }, blockingStatements: [9] });
    expect(own.summary).toMatchObject({ current: { id: 'reliance' } });

    clock = new Date('2026-04-21T03:00:00Z');
    const answers = [...HOLDING];
    answers[4] = 2; // statement 5 does not hold: the manager sees which statement the stage refers to
    const shared = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${kentaPair}/checkins`,
      headers: await as(KENTA),
      payload: { answers, shareWithManager: true },
    });
    expect(shared.statusCode).toBe(201);
    list = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/checkins`, headers: await as(MANAGER) })
    ).json();
    expect(list.checkins[0]).toMatchObject({ sharedWithManager: true, answers });
    expect(list.checkins[0].stage).not.toBeNull();
    expect(list.checkins[0].blockingStatements).toContain(5);
    expect(list.checkins[0].explanation.en).toContain('statement 5');
    expect(list.statements[4]).toBeTruthy();
    // The trend only counts what the manager may see: one shared check-in, no trend yet.
    expect(list.summary).toMatchObject({ current: { id: list.checkins[0].stage.id }, trend: 'unknown' });
    expect(list.summary.history).toHaveLength(1);
    expect(list.checkins[1]).toMatchObject({ stage: null, answers: null });
    insights = (
      await app.inject({ url: `/api/v1/pairs/${kentaPair}/insights`, headers: await as(MANAGER) })
    ).json();
    expect(insights.stage.current.id).toBe(list.checkins[0].stage.id);
  });
});

describe('GET /admin/analytics', () => {
  it('is for admins only', async () => {
    for (const user of [MANAGER, KENTA]) {
      expect((await app.inject({ url: '/api/v1/admin/analytics', headers: await as(user) })).statusCode).toBe(
        403,
      );
    }
  });

  it('shows admins aggregates only: no person, no answer, small groups suppressed', async () => {
    const response = await app.inject({ url: '/api/v1/admin/analytics', headers: await as(ADMIN) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.minGroupSize).toBe(5);
    // Three members in the whole tenant: everything is suppressed.
    expect(body.tenant.total).toMatchObject({ suppressed: true, people: null });
    const text = JSON.stringify(body);
    for (const id of [KENTA, EMILY, OUTSIDER]) expect(text).not.toContain(id);
    expect(text).not.toContain('answers');
    expect(text).not.toContain('とても話しやすかった');
    expect(body.tenant.months).toHaveLength(12);
    expect(body.units.length).toBeGreaterThan(0);
    for (const unit of body.units) expect(unit.months).toEqual([]);
    const key = body.units[0].unit.key;
    const one = (
      await app.inject({
        url: `/api/v1/admin/analytics?unit=${encodeURIComponent(key)}`,
        headers: await as(ADMIN),
      })
    ).json();
    expect(one.units.find((u: { unit: { key: string } }) => u.unit.key === key).months).toHaveLength(12);
  });

  it('exports RFC 4180 CSV with a BOM, in the caller’s language', async () => {
    const response = await app.inject({
      url: '/api/v1/admin/analytics?format=csv',
      headers: { ...(await as(ADMIN)), 'accept-language': 'ja' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="taiwa-analytics-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).toContain('\r\n');
    expect(response.body).toContain('組織全体');
    expect(response.body).toContain('非表示（5人未満）');
  });

  it('answers 400 naming an unknown format', async () => {
    const response = await app.inject({
      url: '/api/v1/admin/analytics?format=xlsx',
      headers: await as(ADMIN),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toMatch(/^query\.format/);
  });
});
