import type { Db } from '../data/database.js';
import { type DemoTenantRows, insertDemoTenant } from '../data/system/demoSeed.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from './demoTenant.js';

const DAY = 24 * 60 * 60_000;

/** A 30-minute slot at 10:00 UTC, `daysFromNow` days away. */
function slot(now: Date, daysFromNow: number): { start: Date; end: Date } {
  const start = new Date(now.getTime() + daysFromNow * DAY);
  start.setUTCHours(1, 0, 0, 0);
  return { start, end: new Date(start.getTime() + 30 * 60_000) };
}

/**
 * Seeds the demo organisation once: its people, its pairs, three past 1on1s and one upcoming per pair.
 * Running it again on every start changes nothing that people did in the demo.
 */
export async function seedDemoTenant(db: Db, now: Date): Promise<void> {
  const sessions: DemoTenantRows['sessions'] = [];
  for (const [pairIndex, pair] of DEMO_PAIRS.entries()) {
    const ids = [0, 1, 2, 3].map((n) => `de000000-0000-4000-8000-0000000003${pairIndex}${n}`);
    const days = [-42, -28, -14, 2 + pairIndex];
    // Insert newest first so each past session can point at the one that followed it.
    for (let n = 3; n >= 0; n--) {
      const { start, end } = slot(now, days[n] ?? 0);
      const past = n < 3;
      sessions.push({
        id: ids[n] ?? '',
        pairId: pair.id,
        start,
        end,
        ended: past,
        nextSessionId: past ? (ids[n + 1] ?? null) : null,
      });
    }
  }
  await insertDemoTenant(db, {
    tenantId: DEMO_TENANT_ID,
    displayName: 'Taiwa Demo 株式会社',
    people: Object.values(DEMO_PEOPLE),
    pairs: DEMO_PAIRS.map((pair) => ({ id: pair.id, managerId: pair.manager.id, memberId: pair.member.id })),
    sessions,
  });
}
