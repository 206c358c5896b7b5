import type { TenantData } from '../data/tenantData.js';
import { type Analytics, buildAnalytics, WINDOW_MONTHS } from '../domain/analytics.js';
import type { Catalog } from '../domain/catalog.js';
import { forbidden } from '../domain/errors.js';
import { monthsEndingAt } from '../domain/feedback.js';
import type { Actor } from '../domain/people.js';
import type { Logger } from '../logging.js';

export interface RollupKeeper {
  /** Waits for a tenant's first rollup; afterwards starts a background refresh when it is stale. */
  ensureFresh(data: TenantData): Promise<void>;
  /**
   * Starts a background refresh of a tenant whose figures changed, unless one is running; the
   * periodic pass (jobs/analyticsRefreshPass.ts) calls it so figures follow changes without a reader.
   */
  refreshInBackground(data: TenantData): void;
  /** Waits for the refreshes in flight (on shutdown). */
  settle(): Promise<void>;
}

/**
 * A rollup older than this is served as it is while a fresh one is computed in the background. The
 * refresh is incremental (only the units whose members changed). Changes themselves are picked up
 * sooner by the periodic pass (jobs/analyticsRefreshPass.ts); this catches what no row change marks,
 * such as 1on1s that became due.
 */
const ROLLUP_MAX_AGE_MS = 60_000;

function windowFor(asOf: Date): { start: Date; months: string[] } {
  const months = monthsEndingAt(asOf, WINDOW_MONTHS);
  return { start: new Date(`${months[0]}-01T00:00:00.000Z`), months };
}

/**
 * Keeps each tenant's rollup fresh: the first request of a tenant waits for it to be built whole; later
 * ones get the stored one at once and, when it is older than ROLLUP_MAX_AGE_MS, start one refresh in
 * the background (one per tenant per process; the database lock keeps instances from doubling up).
 */
export function createRollupKeeper(now: () => Date, log: Logger): RollupKeeper {
  const running = new Map<string, Promise<void>>();

  function refresh(data: TenantData): Promise<void> {
    const inFlight = running.get(data.tenantId);
    if (inFlight !== undefined) return inFlight;
    const at = now();
    const job = data.analytics
      .refreshIncremental(windowFor(at).start, at)
      .then((outcome) => {
        if (outcome !== null) log.info({ tenantId: data.tenantId, ...outcome }, 'analytics rollup refreshed');
      })
      .finally(() => running.delete(data.tenantId));
    running.set(data.tenantId, job);
    return job;
  }

  return {
    async ensureFresh(data: TenantData): Promise<void> {
      const state = await data.analytics.state();
      if (state === null) {
        await refresh(data);
        return;
      }
      if (now().getTime() - state.refreshedAt.getTime() > ROLLUP_MAX_AGE_MS) this.refreshInBackground(data);
    },
    refreshInBackground(data: TenantData): void {
      refresh(data).catch((error: unknown) => log.error({ err: error }, 'analytics rollup refresh failed'));
    },
    async settle(): Promise<void> {
      await Promise.allSettled(running.values());
    },
  };
}

async function loadAnalytics(
  data: TenantData,
  unitMonths: 'all' | ReadonlySet<string>,
): Promise<{ analytics: Analytics; catalog: Catalog }> {
  const [state, rollup, catalog] = await Promise.all([
    data.analytics.state(),
    data.analytics.read(),
    data.catalog.load(),
  ]);
  const asOf = state?.refreshedAt ?? new Date(0);
  const analytics = buildAnalytics({
    asOf,
    months: windowFor(asOf).months,
    units: rollup.units,
    aggregates: rollup.aggregates,
    expectedResponseIds: catalog.expectedResponses.filter((entry) => !entry.retired).map((entry) => entry.id),
    unitMonths,
  });
  return { analytics, catalog };
}

/**
 * Admins only: the organisation's figures from a fresh enough rollup, with the catalog that words its
 * expected responses. `unitMonths`: whose monthly rows to include besides the organisation's.
 */
export async function organisationAnalytics(
  data: TenantData,
  actor: Actor,
  keeper: RollupKeeper,
  unitMonths: 'all' | ReadonlySet<string>,
): Promise<{ analytics: Analytics; catalog: Catalog }> {
  if (!actor.isAdmin) throw forbidden('organisation analytics are for admins only');
  await keeper.ensureFresh(data);
  return loadAnalytics(data, unitMonths);
}
