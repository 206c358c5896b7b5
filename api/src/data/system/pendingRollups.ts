import type { Db } from '../database.js';

/*
 * Deliberately cross-tenant: keeping admin analytics fresh is one background pass for the whole
 * installation. It only names the tenants to refresh; each refresh runs through that tenant's own
 * data (`forTenant`).
 */

/**
 * Tenants whose analytics rollup exists, was last refreshed before `refreshedBefore`, and has members
 * marked as changed since (migration 0012's triggers). Tenants nobody has looked at have no rollup
 * and cost nothing here.
 */
export async function tenantsWithRollupChanges(db: Db, refreshedBefore: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('insight_rollup_state as state')
    .select('state.tenant_id')
    .where('state.refreshed_at', '<', refreshedBefore)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('insight_dirty_members as dirty')
          .select('dirty.member_id')
          .whereRef('dirty.tenant_id', '=', 'state.tenant_id')
          .limit(1),
      ),
    )
    .execute();
  return rows.map((row) => row.tenant_id);
}
