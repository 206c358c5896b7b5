import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../data/database.js';
import type { TenantData } from '../data/tenantData.js';
import type { RollupKeeper } from '../services/organisationAnalytics.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { ANALYTICS_REFRESH_EVERY_MS, registerAnalyticsRefreshPass } from './analyticsRefreshPass.js';
import type { PeriodicTask } from './runner.js';

/** Tenants, as the pass sees them: with changes and an old rollup, recently refreshed, or unchanged. */
const CHANGED = 'tenant-changed';
const JUST_REFRESHED = 'tenant-just-refreshed';
const UNCHANGED = 'tenant-unchanged';
const NEVER_VIEWED = 'tenant-never-viewed';
const at = new Date('2026-12-02T09:00:00Z');

let database: DatabaseHandle;

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  await db
    .insertInto('tenants')
    .values([CHANGED, JUST_REFRESHED, UNCHANGED, NEVER_VIEWED].map((id) => ({ id, display_name: id })))
    .execute();
  const refreshed = (tenantId: string, msAgo: number) => ({
    tenant_id: tenantId,
    window_start: new Date('2025-12-01T00:00:00Z'),
    refreshed_at: new Date(at.getTime() - msAgo),
    refresh_ms: 10,
  });
  await db
    .insertInto('insight_rollup_state')
    .values([
      refreshed(CHANGED, ANALYTICS_REFRESH_EVERY_MS + 5_000),
      refreshed(JUST_REFRESHED, 5_000),
      refreshed(UNCHANGED, 10 * ANALYTICS_REFRESH_EVERY_MS),
    ])
    .execute();
  await db
    .insertInto('insight_dirty_members')
    .values([
      { tenant_id: CHANGED, member_id: 'm1' },
      { tenant_id: CHANGED, member_id: 'm2' },
      { tenant_id: JUST_REFRESHED, member_id: 'm3' },
      // A tenant with no rollup yet: its first reader builds it whole, the pass leaves it alone.
      { tenant_id: NEVER_VIEWED, member_id: 'm4' },
    ])
    .execute();
});

afterAll(async () => {
  await database?.close();
});

describe('the analytics refresh pass', () => {
  it('refreshes, in the background, exactly the tenants whose figures changed since their last refresh', async () => {
    const tasks: PeriodicTask[] = [];
    const refreshed: string[] = [];
    const rollups: RollupKeeper = {
      ensureFresh: async () => {},
      settle: async () => {},
      refreshInBackground: (data: TenantData) => {
        refreshed.push(data.tenantId);
      },
    };
    registerAnalyticsRefreshPass({ every: (task) => tasks.push(task) }, { db: database.db, rollups });

    expect(tasks.map((task) => [task.name, task.everyMs])).toEqual([
      ['refresh analytics', ANALYTICS_REFRESH_EVERY_MS],
    ]);
    await tasks[0]?.run(at);
    expect(refreshed).toEqual([CHANGED]);

    // Twenty seconds later the recently refreshed tenant's turn has come too.
    refreshed.length = 0;
    await tasks[0]?.run(new Date(at.getTime() + ANALYTICS_REFRESH_EVERY_MS));
    expect(refreshed.sort()).toEqual([CHANGED, JUST_REFRESHED]);
  });
});
