import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnalytics,
  emptyAggregate,
  TOTAL_PERIOD,
  type UnitPeriodAggregate,
  WINDOW_MONTHS,
} from '../../domain/analytics.js';
import { type Fit, monthOf, monthsEndingAt } from '../../domain/feedback.js';
import { isPrepared } from '../../domain/preparation.js';
import { scoreStage } from '../../domain/stage.js';
import { openTestDatabase } from '../../testing/testDatabase.js';
import type { DatabaseHandle } from '../database.js';
import { forTenant } from '../tenantData.js';

const TENANT = 'analytics-test-tenant';
const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const RESPONSES = ['listen', 'think_together', 'advice', 'opinion', 'report', 'decision'];

/** A deterministic pseudo-random sequence, so the small tenant is the same on every run. */
function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

interface User {
  id: string;
  name: string;
  department: string | null;
}
interface Session {
  id: string;
  pairId: string;
  start: Date;
  startedAt: Date | null;
  status: 'planned' | 'live' | 'ended';
}
interface Item {
  id: string;
  sessionId: string;
  role: 'member' | 'manager';
  createdAt: Date;
  carriedFromItemId: string | null;
  carriedFromMemoId: string | null;
}
interface Rating {
  sessionId: string;
  clarity: number;
  fits: Array<{ itemId: string; response: string; fit: Fit }>;
}
interface Checkin {
  id: string;
  pairId: string;
  at: Date;
  stage: number;
  answers: number[];
}

const random = prng(20260615);

const preparationFacts = (item: Item) => ({
  authorRole: item.role,
  carriedFromItemId: item.carriedFromItemId,
  carriedFromMemoId: item.carriedFromMemoId,
});
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// Sales has 7 members, Design 3 (always suppressed), and 2 members without a department form
// their manager's team together with one more member whose earliest pair is with that manager.
const users: User[] = [
  { id: 'mgr-a', name: 'Manager A', department: 'Sales' },
  { id: 'mgr-b', name: 'Manager B', department: null },
  ...Array.from({ length: 7 }, (_, i) => ({ id: `sales-${i}`, name: `Sales ${i}`, department: 'Sales' })),
  ...Array.from({ length: 3 }, (_, i) => ({
    id: `design-${i}`,
    name: `Design ${i}`,
    department: ' Design ',
  })),
  ...Array.from({ length: 3 }, (_, i) => ({
    id: `nodept-${i}`,
    name: `No dept ${i}`,
    department: i === 2 ? '' : null,
  })),
];
const pairs: Array<{ id: string; managerId: string; memberId: string; createdAt: Date }> = [];
for (const user of users.filter((u) => !u.id.startsWith('mgr'))) {
  const managerId = user.id.startsWith('nodept') ? 'mgr-b' : 'mgr-a';
  pairs.push({
    id: `pair-${user.id}`,
    managerId,
    memberId: user.id,
    createdAt: new Date('2025-01-01T00:00:00Z'),
  });
}
// A later, second pair for one no-department member: their unit still follows the earliest pair.
pairs.push({
  id: 'pair-nodept-0-again',
  managerId: 'mgr-a',
  memberId: 'nodept-0',
  createdAt: new Date('2025-06-01T00:00:00Z'),
});
// Manager B is also a member of Manager A (with no department → Manager A's team).
pairs.push({
  id: 'pair-mgr-b',
  managerId: 'mgr-a',
  memberId: 'mgr-b',
  createdAt: new Date('2025-02-01T00:00:00Z'),
});

const sessions: Session[] = [];
const items: Item[] = [];
const ratings: Rating[] = [];
const checkins: Checkin[] = [];
for (const pair of pairs) {
  // Sessions roughly every two weeks from 14 months ago (some before the window) to a month ahead.
  let at = NOW.getTime() - 430 * DAY + Math.floor(random() * 10) * DAY;
  while (at < NOW.getTime() + 30 * DAY) {
    const start = new Date(at);
    const past = at < NOW.getTime();
    const status = past ? (random() < 0.8 ? 'ended' : random() < 0.5 ? 'planned' : 'live') : 'planned';
    const id = `s-${sessions.length}`;
    const startedAt = status === 'planned' ? null : new Date(at + Math.floor(random() * 3) * 60_000);
    sessions.push({ id, pairId: pair.id, start, startedAt, status });
    const itemCount = Math.floor(random() * 3);
    const fits: Rating['fits'] = [];
    for (let n = 0; n < itemCount; n++) {
      const beforeStart = random() < 0.7;
      const item: Item = {
        id: `i-${items.length}`,
        sessionId: id,
        role: random() < 0.85 ? 'member' : 'manager',
        createdAt: new Date(at + (beforeStart ? -DAY : 5 * 60_000)),
        carriedFromItemId: null,
        carriedFromMemoId: null,
      };
      // Some items arrive by carry-over from the last 1on1: they are not preparation.
      const carried = random();
      if (carried < 0.15) item.carriedFromItemId = `carried-${items.length}`;
      else if (carried < 0.25) item.carriedFromMemoId = `memo-${items.length}`;
      items.push(item);
      fits.push({ itemId: item.id, response: pick(RESPONSES), fit: pick(['yes', 'partly', 'no'] as const) });
    }
    if (status === 'ended' && random() < 0.75) {
      ratings.push({ sessionId: id, clarity: Math.floor(random() * 6), fits });
    }
    at += (10 + Math.floor(random() * 10)) * DAY;
  }
  let checkinAt = NOW.getTime() - 400 * DAY;
  while (checkinAt < NOW.getTime()) {
    if (random() < 0.6) {
      const answers = Array.from({ length: 16 }, () => 1 + Math.floor(random() * 5));
      checkins.push({
        id: `c-${checkins.length}`,
        pairId: pair.id,
        at: new Date(checkinAt),
        stage: scoreStage(answers).stage.index,
        answers,
      });
    }
    checkinAt += 40 * DAY;
  }
}

/** The analytics computed the obvious way, in memory, straight from the definitions. */
function naiveAggregates(windowStart: Date): UnitPeriodAggregate[] {
  const firstPair = new Map<string, (typeof pairs)[number]>();
  for (const pair of [...pairs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (!firstPair.has(pair.memberId)) firstPair.set(pair.memberId, pair);
  }
  const unitOf = (memberId: string) => {
    const department = users.find((u) => u.id === memberId)?.department?.trim();
    return department ? `dept:${department}` : `team:${firstPair.get(memberId)?.managerId}`;
  };
  const pairById = new Map(pairs.map((pair) => [pair.id, pair]));
  const memberOf = (pairId: string) => pairById.get(pairId)?.memberId ?? '';

  const buckets = new Map<string, { agg: UnitPeriodAggregate; sets: Record<string, Set<string>> }>();
  const bucket = (unitKey: string, period: string) => {
    const key = `${unitKey}|${period}`;
    let found = buckets.get(key);
    if (found === undefined) {
      found = {
        agg: emptyAggregate(unitKey, period),
        sets: {
          members: new Set(),
          held: new Set(),
          gaps: new Set(),
          raters: new Set(),
          checkins: new Set(),
        },
      };
      buckets.set(key, found);
    }
    return found;
  };
  const both = (memberId: string, date: Date) => [
    bucket(unitOf(memberId), monthOf(date)),
    bucket(unitOf(memberId), TOTAL_PERIOD),
  ];
  const fitPeople = new Map<string, Set<string>>();

  for (const session of sessions) {
    if (session.start < windowStart || session.start >= NOW) continue;
    const memberId = memberOf(session.pairId);
    const held = session.status === 'ended';
    const prepared = isPrepared(items.filter((item) => item.sessionId === session.id).map(preparationFacts));
    const rating = ratings.find((r) => r.sessionId === session.id);
    for (const b of both(memberId, session.start)) {
      b.agg.due += 1;
      b.sets.members?.add(memberId);
      if (held) {
        b.agg.held += 1;
        b.sets.held?.add(memberId);
        if (prepared) b.agg.prepared += 1;
      }
      if (rating !== undefined) {
        b.agg.rated += 1;
        b.agg.claritySum += rating.clarity;
        b.sets.raters?.add(memberId);
        for (const fit of rating.fits) {
          let entry = b.agg.fits.find((f) => f.expectedResponseId === fit.response);
          if (entry === undefined) {
            entry = { expectedResponseId: fit.response, yes: 0, partly: 0, no: 0, people: 0 };
            b.agg.fits.push(entry);
          }
          entry[fit.fit] += 1;
          const peopleKey = `${b.agg.unitKey}|${b.agg.period}|${fit.response}`;
          const people = fitPeople.get(peopleKey) ?? new Set();
          people.add(memberId);
          fitPeople.set(peopleKey, people);
          entry.people = people.size;
        }
      }
    }
  }
  for (const pair of pairs) {
    const ended = sessions
      .filter((s) => s.pairId === pair.id && s.status === 'ended' && s.start < NOW)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    ended.forEach((session, index) => {
      const previous = ended[index - 1];
      if (previous === undefined || session.start < windowStart) return;
      for (const b of both(pair.memberId, session.start)) {
        b.agg.gapDaysSum += (session.start.getTime() - previous.start.getTime()) / DAY;
        b.agg.gaps += 1;
        b.sets.gaps?.add(pair.memberId);
      }
    });
  }
  const latest = new Map<string, Checkin>();
  for (const checkin of checkins) {
    if (checkin.at < windowStart || checkin.at >= NOW) continue;
    const memberId = memberOf(checkin.pairId);
    for (const b of both(memberId, checkin.at)) {
      b.sets.checkins?.add(memberId);
      const key = `${b.agg.unitKey}|${b.agg.period}|${checkin.pairId}`;
      const previous = latest.get(key);
      if (previous === undefined || previous.at < checkin.at) latest.set(key, checkin);
    }
  }
  for (const [key, checkin] of latest) {
    const [unitKey = '', period = ''] = key.split('|');
    const { agg } = bucket(unitKey, period);
    const entry = agg.stages.find((s) => s.stage === checkin.stage);
    if (entry === undefined) agg.stages.push({ stage: checkin.stage, pairs: 1 });
    else entry.pairs += 1;
  }
  return [...buckets.values()].map(({ agg, sets }) => ({
    ...agg,
    members: sets.members?.size ?? 0,
    heldMembers: sets.held?.size ?? 0,
    gapMembers: sets.gaps?.size ?? 0,
    raters: sets.raters?.size ?? 0,
    checkinMembers: sets.checkins?.size ?? 0,
  }));
}

function normalise(aggregates: readonly UnitPeriodAggregate[]) {
  return [...aggregates]
    .map((a) => ({
      ...a,
      gapDaysSum: Math.round(a.gapDaysSum * 1e6) / 1e6,
      fits: [...a.fits].sort((x, y) => x.expectedResponseId.localeCompare(y.expectedResponseId)),
      stages: [...a.stages].sort((x, y) => x.stage - y.stage),
    }))
    .sort((a, b) => a.unitKey.localeCompare(b.unitKey) || a.period.localeCompare(b.period));
}

let database: DatabaseHandle;
const windowStart = new Date(`${monthsEndingAt(NOW, WINDOW_MONTHS)[0]}-01T00:00:00Z`);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await db.insertInto('tenants').values({ id: TENANT }).execute();
  await db
    .insertInto('users')
    .values(
      users.map((u) => ({
        tenant_id: TENANT,
        id: u.id,
        display_name: u.name,
        department: u.department,
        is_admin: false,
        email: null,
        locale: null,
      })),
    )
    .execute();
  await db
    .insertInto('pairs')
    .values(
      pairs.map((p) => ({
        tenant_id: TENANT,
        id: p.id,
        manager_id: p.managerId,
        member_id: p.memberId,
        created_at: p.createdAt,
      })),
    )
    .execute();
  await db
    .insertInto('sessions')
    .values(
      sessions.map((s) => ({
        tenant_id: TENANT,
        id: s.id,
        pair_id: s.pairId,
        scheduled_start: s.start,
        scheduled_end: new Date(s.start.getTime() + 30 * 60_000),
        status: s.status,
        started_at: s.startedAt,
        ended_at: s.status === 'ended' ? new Date(s.start.getTime() + 30 * 60_000) : null,
      })),
    )
    .execute();
  const sessionOf = new Map(sessions.map((s) => [s.id, s]));
  await db
    .insertInto('agenda_items')
    .values(
      items.map((item, index) => ({
        tenant_id: TENANT,
        id: item.id,
        session_id: item.sessionId,
        author_id:
          item.role === 'member'
            ? (pairs.find((p) => p.id === sessionOf.get(item.sessionId)?.pairId)?.memberId ?? '')
            : 'mgr-a',
        author_role: item.role,
        theme_id: 'work',
        expected_response_id: 'listen',
        position: index,
        created_at: item.createdAt,
        carried_from_item_id: item.carriedFromItemId,
        carried_from_memo_id: item.carriedFromMemoId,
      })),
    )
    .execute();
  for (const rating of ratings) {
    const session = sessionOf.get(rating.sessionId);
    const pair = pairs.find((p) => p.id === session?.pairId);
    await db
      .insertInto('ratings')
      .values({
        tenant_id: TENANT,
        session_id: rating.sessionId,
        member_id: pair?.memberId ?? '',
        manager_id: pair?.managerId ?? '',
        clarity: rating.clarity,
        share_impressions: false,
      })
      .execute();
    if (rating.fits.length > 0) {
      await db
        .insertInto('rating_item_fits')
        .values(
          rating.fits.map((fit) => ({
            tenant_id: TENANT,
            session_id: rating.sessionId,
            agenda_item_id: fit.itemId,
            expected_response_id: fit.response,
            fit: fit.fit,
          })),
        )
        .execute();
    }
  }
  await db
    .insertInto('checkins')
    .values(
      checkins.map((c) => ({
        tenant_id: TENANT,
        id: c.id,
        pair_id: c.pairId,
        member_id: pairs.find((p) => p.id === c.pairId)?.memberId ?? '',
        answers: JSON.stringify(c.answers),
        stage: c.stage,
        shared_with_manager: false,
        answered_at: c.at,
      })),
    )
    .execute();
});

afterAll(async () => {
  await database.close();
});

describe('the analytics rollup', () => {
  it('holds a small seeded tenant with enough variety to test', () => {
    expect(sessions.length).toBeGreaterThan(300);
    expect(ratings.length).toBeGreaterThan(100);
    expect(checkins.length).toBeGreaterThan(50);
  });

  it('equals a naive recomputation from the raw rows, unit by unit and month by month', async () => {
    const data = forTenant(database.db, TENANT);
    expect(await data.analytics.refresh(windowStart, NOW)).toBe(true);
    const { units, aggregates } = await data.analytics.read();
    expect(normalise(aggregates)).toEqual(normalise(naiveAggregates(windowStart)));
    expect(units.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'dept:Design', kind: 'department', name: 'Design' },
      { key: 'dept:Sales', kind: 'department', name: 'Sales' },
      { key: 'team:mgr-a', kind: 'team', name: 'Manager A' },
      { key: 'team:mgr-b', kind: 'team', name: 'Manager B' },
    ]);
    const state = await data.analytics.state();
    expect(state?.refreshedAt.toISOString()).toBe(NOW.toISOString());
  });

  it('counts "prepared" in SQL exactly as the domain’s isPrepared does on the same rows', async () => {
    const { aggregates } = await forTenant(database.db, TENANT).analytics.read();
    const sqlPrepared = aggregates
      .filter((a) => a.period === TOTAL_PERIOD)
      .reduce((sum, a) => sum + a.prepared, 0);
    const held = sessions.filter((s) => s.start >= windowStart && s.start < NOW && s.status === 'ended');
    const itemsOf = (id: string) => items.filter((item) => item.sessionId === id).map(preparationFacts);
    const domainPrepared = held.filter((s) => isPrepared(itemsOf(s.id))).length;
    expect(sqlPrepared).toBe(domainPrepared);
    // The data holds sessions whose only member items were carried over: a rule ignoring carry-over would differ.
    const onlyCarried = held.filter(
      (s) => !isPrepared(itemsOf(s.id)) && itemsOf(s.id).some((item) => item.authorRole === 'member'),
    );
    expect(onlyCarried.length).toBeGreaterThan(0);
  });

  it('builds the same analytics from the rollup as from the naive aggregates, small groups suppressed', async () => {
    const data = forTenant(database.db, TENANT);
    const { units, aggregates } = await data.analytics.read();
    const months = monthsEndingAt(NOW, WINDOW_MONTHS);
    const input = { asOf: NOW, months, units, expectedResponseIds: RESPONSES };
    const fromRollup = buildAnalytics({ ...input, aggregates });
    expect(fromRollup).toEqual(buildAnalytics({ ...input, aggregates: naiveAggregates(windowStart) }));
    // Design (3 people) is hidden, and listed without its name.
    expect(fromRollup.units.map((unit) => unit.unit.key)).not.toContain('dept:Design');
    const hidden = fromRollup.units.filter((unit) => unit.total.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const unit of hidden) {
      expect(unit.unit.key).toMatch(/^suppressed:/);
      expect(unit.total.averageClarity).toEqual({ value: null, suppressed: true });
    }
    const sales = fromRollup.units.find((unit) => unit.unit.key === 'dept:Sales');
    expect(sales?.total.people).toBe(7);
    expect(sales?.total.completionRate.suppressed).toBe(false);
    expect(fromRollup.tenant.total.people).toBe(14);
  });

  it('replaces, never adds to, the previous rollup', async () => {
    const data = forTenant(database.db, TENANT);
    await data.analytics.refresh(windowStart, NOW);
    const { aggregates } = await data.analytics.read();
    expect(normalise(aggregates)).toEqual(normalise(naiveAggregates(windowStart)));
  });
});

describe('the incremental refresh', () => {
  const normaliseUnits = (units: ReadonlyArray<{ key: string }>) =>
    [...units].sort((a, b) => a.key.localeCompare(b.key));

  it('recomputes nothing when nothing changed', async () => {
    const data = forTenant(database.db, TENANT);
    await data.analytics.refresh(windowStart, NOW);
    const outcome = await data.analytics.refreshIncremental(windowStart, NOW);
    expect(outcome).toMatchObject({ mode: 'incremental', units: 0, markedMembers: 0 });
  });

  it('recomputes one unit for one changed rating, the same as a full rebuild', async () => {
    const db = database.db;
    const data = forTenant(db, TENANT);
    const rating = ratings.find((r) => sessions.find((s) => s.id === r.sessionId)?.pairId === 'pair-sales-2');
    await db
      .updateTable('ratings')
      .set({ clarity: 5 - (rating?.clarity ?? 0) })
      .where('tenant_id', '=', TENANT)
      .where('session_id', '=', rating?.sessionId ?? '')
      .execute();
    expect(await data.analytics.refreshIncremental(windowStart, NOW)).toMatchObject({
      mode: 'incremental',
      units: 1,
      markedMembers: 1,
    });
    const incremental = await data.analytics.read();
    await data.analytics.refresh(windowStart, NOW);
    expect(normalise(incremental.aggregates)).toEqual(normalise((await data.analytics.read()).aggregates));
  });

  it('recomputes only the units whose members changed, and equals a full rebuild', async () => {
    const db = database.db;
    const data = forTenant(db, TENANT);
    await data.analytics.refresh(windowStart, NOW);
    const later = new Date(NOW.getTime() + 5 * DAY);

    // A new 1on1 of a Design member, prepared by the member, held and rated.
    const start = new Date(NOW.getTime() - 2 * DAY);
    await db
      .insertInto('sessions')
      .values({
        tenant_id: TENANT,
        id: 'inc-session',
        pair_id: 'pair-design-1',
        scheduled_start: start,
        scheduled_end: new Date(start.getTime() + 30 * 60_000),
        status: 'ended',
        started_at: start,
        ended_at: new Date(start.getTime() + 30 * 60_000),
      })
      .execute();
    await db
      .insertInto('agenda_items')
      .values({
        tenant_id: TENANT,
        id: 'inc-item',
        session_id: 'inc-session',
        author_id: 'design-1',
        author_role: 'member',
        theme_id: 'work',
        expected_response_id: 'listen',
        position: 0,
        created_at: new Date(start.getTime() - DAY),
      })
      .execute();
    await db
      .insertInto('ratings')
      .values({
        tenant_id: TENANT,
        session_id: 'inc-session',
        member_id: 'design-1',
        manager_id: 'mgr-a',
        clarity: 5,
        share_impressions: false,
      })
      .execute();
    await db
      .insertInto('rating_item_fits')
      .values({
        tenant_id: TENANT,
        session_id: 'inc-session',
        agenda_item_id: 'inc-item',
        expected_response_id: 'listen',
        fit: 'yes',
      })
      .execute();
    // A member without a department joins Sales: both the team they leave and Sales change.
    await db
      .updateTable('users')
      .set({ department: 'Sales' })
      .where('tenant_id', '=', TENANT)
      .where('id', '=', 'nodept-1')
      .execute();
    // Manager B renames: the name of their team changes.
    await db
      .updateTable('users')
      .set({ display_name: 'Manager B (renamed)' })
      .where('tenant_id', '=', TENANT)
      .where('id', '=', 'mgr-b')
      .execute();
    // A 1on1 planned between the last refresh and the next one becomes due without any write.
    const planned = new Date(NOW.getTime() + 2 * DAY);
    await db
      .insertInto('sessions')
      .values({
        tenant_id: TENANT,
        id: 'inc-due-later',
        pair_id: 'pair-sales-3',
        scheduled_start: planned,
        scheduled_end: new Date(planned.getTime() + 30 * 60_000),
        status: 'planned',
      })
      .execute();
    await db.deleteFrom('insight_dirty_members').where('member_id', '=', 'sales-3').execute();

    const outcome = await data.analytics.refreshIncremental(windowStart, later);
    expect(outcome?.mode).toBe('incremental');
    // The marked members (design-1, nodept-1, Manager B and their members) and those with a 1on1 that
    // became due in these five days (sales-3 among them), not every member.
    expect(outcome?.markedMembers).toBeGreaterThanOrEqual(6);
    expect(outcome?.markedMembers).toBeLessThan(14);
    const incremental = await data.analytics.read();

    expect(await data.analytics.refresh(windowStart, later)).toBe(true);
    const full = await data.analytics.read();
    expect(normalise(incremental.aggregates)).toEqual(normalise(full.aggregates));
    expect(normaliseUnits(incremental.units)).toEqual(normaliseUnits(full.units));
    expect(full.units.find((unit) => unit.key === 'team:mgr-b')?.name).toBe('Manager B (renamed)');
    // The incremental result really changed: the new 1on1 and the move are in it.
    const design = incremental.aggregates.find((a) => a.unitKey === 'dept:Design' && a.period === 'total');
    expect(design?.members).toBe(3);
    const sales = incremental.aggregates.find((a) => a.unitKey === 'dept:Sales' && a.period === 'total');
    expect(sales?.members).toBe(8);
  });

  it('rebuilds whole when the window moves to a new month', async () => {
    const data = forTenant(database.db, TENANT);
    const nextMonth = new Date('2026-07-02T00:00:00Z');
    const nextWindow = new Date(`${monthsEndingAt(nextMonth, WINDOW_MONTHS)[0]}-01T00:00:00Z`);
    const outcome = await data.analytics.refreshIncremental(nextWindow, nextMonth);
    expect(outcome?.mode).toBe('full');
  });
});
