import type { Kysely } from 'kysely';
import type { Database } from '../data/schema.js';
import { forTenant } from '../data/tenantData.js';
import { plannedReminders, REMINDER_HORIZON_MS } from '../domain/reminders.js';
import { cardKey } from './cardDelivery.js';
import { REMINDER_CARD } from './kinds/reminderCard.js';

/**
 * Queues the reminders of every planned 1on1 starting within the horizon, however the 1on1 came
 * to be (the tab, booking, a meeting tab). Keys carry the start time, so running this every
 * minute queues each reminder once, and a moved 1on1 gets reminders for its new time.
 */
export async function planReminders(db: Kysely<Database>, now: Date): Promise<number> {
  const tenants = await db.selectFrom('tenants').select('id').execute();
  let queued = 0;
  // Tenant by tenant, so each query runs on the (tenant_id, scheduled_start) index of planned sessions.
  for (const { id: tenantId } of tenants) {
    const upcoming = await db
      .selectFrom('sessions as s')
      .innerJoin('pairs as p', (join) =>
        join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pair_id'),
      )
      .select(['s.id', 's.scheduled_start', 'p.member_id'])
      .where('s.tenant_id', '=', tenantId)
      .where('s.status', '=', 'planned')
      .where('s.scheduled_start', '>', now)
      .where('s.scheduled_start', '<=', new Date(now.getTime() + REMINDER_HORIZON_MS))
      .execute();
    if (upcoming.length === 0) continue;
    const data = forTenant(db, tenantId);
    const { reminderLeadMinutes } = await data.settings.get();
    for (const session of upcoming) {
      const start = session.scheduled_start.toISOString();
      for (const reminder of plannedReminders(session.scheduled_start, reminderLeadMinutes, now)) {
        const added = await data.jobs.enqueue({
          kind: REMINDER_CARD,
          idempotencyKey: cardKey(`reminder.${reminder.timing}`, session.id, session.member_id, start),
          payload: { sessionId: session.id, timing: reminder.timing, scheduledStart: start },
          runAt: reminder.at,
          maxAttempts: 5,
        });
        if (added) queued++;
      }
    }
  }
  return queued;
}
