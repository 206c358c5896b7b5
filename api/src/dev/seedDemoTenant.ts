import type { Kysely } from 'kysely';
import type { Database } from '../data/schema.js';
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
export async function seedDemoTenant(db: Kysely<Database>, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tenants')
      .values({ id: DEMO_TENANT_ID, display_name: 'Taiwa Demo 株式会社' })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('users')
      .values(
        Object.values(DEMO_PEOPLE).map((who) => ({
          tenant_id: DEMO_TENANT_ID,
          id: who.id,
          display_name: who.displayName,
          email: who.email,
          locale: who.locale,
          department: who.department,
          is_admin: who.isAdmin,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doNothing())
      .execute();
    await trx
      .insertInto('pairs')
      .values(
        DEMO_PAIRS.map((pair) => ({
          tenant_id: DEMO_TENANT_ID,
          id: pair.id,
          manager_id: pair.manager.id,
          member_id: pair.member.id,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doNothing())
      .execute();

    const seeded = await trx
      .selectFrom('sessions')
      .select('id')
      .where('tenant_id', '=', DEMO_TENANT_ID)
      .limit(1)
      .execute();
    if (seeded.length > 0) return;

    for (const [pairIndex, pair] of DEMO_PAIRS.entries()) {
      const ids = [0, 1, 2, 3].map((n) => `de000000-0000-4000-8000-0000000003${pairIndex}${n}`);
      const days = [-42, -28, -14, 2 + pairIndex];
      // Insert newest first so each past session can point at the one that followed it.
      for (let n = 3; n >= 0; n--) {
        const { start, end } = slot(now, days[n] ?? 0);
        const past = n < 3;
        await trx
          .insertInto('sessions')
          .values({
            tenant_id: DEMO_TENANT_ID,
            id: ids[n] ?? '',
            pair_id: pair.id,
            scheduled_start: start,
            scheduled_end: end,
            status: past ? 'ended' : 'planned',
            started_at: past ? start : null,
            ended_at: past ? end : null,
            next_session_id: past ? (ids[n + 1] ?? null) : null,
          })
          .execute();
      }
    }
  });
}
