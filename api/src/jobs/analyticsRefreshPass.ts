import type { Db } from '../data/database.js';
import { tenantsWithRollupChanges } from '../data/system/pendingRollups.js';
import { forTenant } from '../data/tenantData.js';
import type { RollupKeeper } from '../services/organisationAnalytics.js';
import type { JobRunner } from './runner.js';

/**
 * How often changed figures are folded into the admin analytics. With an incremental refresh of a
 * few seconds at 1.5 million 1on1s (bench:insights), a change shows within a minute.
 */
export const ANALYTICS_REFRESH_EVERY_MS = 20_000;

/**
 * The periodic pass that keeps admin analytics fresh without waiting for someone to read them: every
 * tenant with changes since its last refresh gets one. Refreshes run in the background (one per
 * tenant per process, a database lock across instances), so the job runner's loop never waits on them.
 */
export function registerAnalyticsRefreshPass(
  runner: Pick<JobRunner, 'every'>,
  deps: { db: Db; rollups: RollupKeeper },
): void {
  runner.every({
    name: 'refresh analytics',
    everyMs: ANALYTICS_REFRESH_EVERY_MS,
    run: async (at) => {
      const tenants = await tenantsWithRollupChanges(
        deps.db,
        new Date(at.getTime() - ANALYTICS_REFRESH_EVERY_MS),
      );
      for (const tenantId of tenants) deps.rollups.refreshInBackground(forTenant(deps.db, tenantId));
    },
  });
}
