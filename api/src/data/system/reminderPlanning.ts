import type { Db } from '../database.js';

/*
 * Deliberately cross-tenant: reminder planning is one background pass for the whole installation,
 * so it lists every tenant and walks them one by one. What it queues is written through each
 * tenant's own data (`forTenant`).
 */

export interface UpcomingSession {
  sessionId: string;
  scheduledStart: Date;
  memberId: string;
}

/** Every tenant Taiwa knows. */
export async function allTenantIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('tenants').select('id').execute();
  return rows.map((row) => row.id);
}

/**
 * A tenant's planned 1on1s starting after `after` and no later than `until`, with the member to
 * remind; not those cancelled (in the calendar, or given up when their pair ended) nor those of a
 * pair that is no longer established. One tenant at a time, so the query runs on the (tenant_id, scheduled_start) index.
 */
export async function plannedSessionsStarting(
  db: Db,
  tenantId: string,
  after: Date,
  until: Date,
): Promise<UpcomingSession[]> {
  const rows = await db
    .selectFrom('sessions as s')
    .innerJoin('pairs as p', (join) =>
      join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pair_id'),
    )
    .select(['s.id', 's.scheduled_start', 'p.member_id'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.status', '=', 'planned')
    .where('s.cancelled_at', 'is', null)
    .where('p.status', '=', 'established')
    .where('s.scheduled_start', '>', after)
    .where('s.scheduled_start', '<=', until)
    .execute();
  return rows.map((row) => ({
    sessionId: row.id,
    scheduledStart: row.scheduled_start,
    memberId: row.member_id,
  }));
}
