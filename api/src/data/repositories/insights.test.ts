import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FeedbackTallies,
  type Fit,
  feedbackWindow,
  type RatedSession,
  tallyRatedSessions,
} from '../../domain/feedback.js';
import { openTestDatabase } from '../../testing/testDatabase.js';
import type { DatabaseHandle } from '../database.js';
import { forTenant } from '../tenantData.js';

/**
 * The SQL tallies of a manager's feedback equal the domain's reference fold, batches of three included:
 * ratings from before the window, batches straddling its start and months, an unfinished batch.
 */
const TENANT = 'feedback-tallies-tenant';
const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;
const RESPONSES = ['listen', 'advice', 'decision'];
const FITS: Fit[] = ['yes', 'partly', 'no'];

let state = 11;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};

const members = ['m-1', 'm-2', 'm-3', 'm-4'];
const rated: RatedSession[] = [];
for (const memberId of members) {
  // From 15 months ago, so some batches start before the 12-month window and end inside it.
  let at = NOW.getTime() - 460 * DAY + Math.floor(random() * 20) * DAY;
  while (at < NOW.getTime()) {
    const fits = Array.from({ length: Math.floor(random() * 3) }, () => ({
      expectedResponseId: RESPONSES[Math.floor(random() * RESPONSES.length)] as string,
      fit: FITS[Math.floor(random() * FITS.length)] as Fit,
    }));
    rated.push({
      sessionId: `s-${rated.length}`,
      memberId,
      ratedAt: new Date(at),
      clarity: Math.floor(random() * 6),
      fits,
    });
    at += (8 + Math.floor(random() * 20)) * DAY;
  }
}

function normalise(tallies: FeedbackTallies) {
  const key = (t: { memberId: string; month: string }) => `${t.memberId}|${t.month}`;
  return {
    sessions: [...tallies.sessions].sort((a, b) => key(a).localeCompare(key(b))),
    responses: [...tallies.responses].sort(
      (a, b) => key(a).localeCompare(key(b)) || a.expectedResponseId.localeCompare(b.expectedResponseId),
    ),
  };
}

let database: DatabaseHandle;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await db.insertInto('tenants').values({ id: TENANT }).execute();
  await db
    .insertInto('users')
    .values(
      ['mgr', ...members].map((id) => ({
        tenant_id: TENANT,
        id,
        display_name: id,
        department: null,
        is_admin: false,
        email: null,
        locale: null,
      })),
    )
    .execute();
  await db
    .insertInto('pairs')
    .values(
      members.map((memberId) => ({
        tenant_id: TENANT,
        id: `pair-${memberId}`,
        manager_id: 'mgr',
        member_id: memberId,
        created_at: new Date('2025-01-01T00:00:00Z'),
      })),
    )
    .execute();
  for (const session of rated) {
    const start = new Date(session.ratedAt.getTime() - 2 * 60 * 60_000);
    await db
      .insertInto('sessions')
      .values({
        tenant_id: TENANT,
        id: session.sessionId,
        pair_id: `pair-${session.memberId}`,
        scheduled_start: start,
        scheduled_end: new Date(start.getTime() + 30 * 60_000),
        status: 'ended',
        started_at: start,
        ended_at: new Date(start.getTime() + 30 * 60_000),
      })
      .execute();
    await db
      .insertInto('ratings')
      .values({
        tenant_id: TENANT,
        session_id: session.sessionId,
        member_id: session.memberId,
        manager_id: 'mgr',
        clarity: session.clarity,
        share_impressions: false,
        submitted_at: session.ratedAt,
      })
      .execute();
    for (const [index, fit] of session.fits.entries()) {
      const itemId = `${session.sessionId}-item-${index}`;
      await db
        .insertInto('agenda_items')
        .values({
          tenant_id: TENANT,
          id: itemId,
          session_id: session.sessionId,
          author_id: session.memberId,
          author_role: 'member',
          theme_id: 'work',
          expected_response_id: fit.expectedResponseId,
          position: index,
        })
        .execute();
      await db
        .insertInto('rating_item_fits')
        .values({
          tenant_id: TENANT,
          session_id: session.sessionId,
          agenda_item_id: itemId,
          expected_response_id: fit.expectedResponseId,
          fit: fit.fit,
        })
        .execute();
    }
  }
});

afterAll(async () => {
  await database.close();
});

describe('feedback tallies in SQL', () => {
  it('has ratings before the window and batches straddling it', () => {
    const { since } = feedbackWindow(NOW);
    expect(rated.filter((r) => r.ratedAt < since).length).toBeGreaterThan(3);
    expect(rated.length).toBeGreaterThan(60);
  });

  it('equal the reference fold, すっきり度 in complete batches of three only', async () => {
    const { since, months } = feedbackWindow(NOW);
    const data = forTenant(database.db, TENANT);
    const fromSql = await data.insights.feedbackTallies('mgr', since);
    expect(normalise(fromSql)).toEqual(normalise(tallyRatedSessions(rated, new Set(months))));
    const counted = fromSql.sessions.reduce((sum, t) => sum + t.claritySessions, 0);
    expect(counted % 3).toBe(0);
    expect(counted).toBeGreaterThan(0);
  });

  it('equal the reference for one member too', async () => {
    const { since, months } = feedbackWindow(NOW);
    const data = forTenant(database.db, TENANT);
    const fromSql = await data.insights.feedbackTallies('mgr', since, 'm-2');
    const reference = tallyRatedSessions(
      rated.filter((r) => r.memberId === 'm-2'),
      new Set(months),
    );
    expect(normalise(fromSql)).toEqual(normalise(reference));
  });
});
