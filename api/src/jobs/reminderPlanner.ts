import type { Db } from '../data/database.js';
import { allTenantIds, plannedSessionsStarting } from '../data/system/reminderPlanning.js';
import { forTenant } from '../data/tenantData.js';
import { plannedReminders, REMINDER_HORIZON_MS } from '../domain/reminders.js';
import { cardKey } from './cardDelivery.js';
import { REMINDER_CARD } from './kinds/reminderCard.js';

/**
 * Queues the reminders of every planned 1on1 starting within the horizon, however the 1on1 came
 * to be (the tab, booking, a meeting tab). Keys carry the start time, so running this every
 * minute queues each reminder once, and a moved 1on1 gets reminders for its new time.
 */
export async function planReminders(db: Db, now: Date): Promise<number> {
  let queued = 0;
  // Tenant by tenant, so each query runs on the (tenant_id, scheduled_start) index of planned sessions.
  for (const tenantId of await allTenantIds(db)) {
    const upcoming = await plannedSessionsStarting(
      db,
      tenantId,
      now,
      new Date(now.getTime() + REMINDER_HORIZON_MS),
    );
    if (upcoming.length === 0) continue;
    const data = forTenant(db, tenantId);
    const { reminderLeadMinutes } = await data.settings.get();
    for (const session of upcoming) {
      const start = session.scheduledStart.toISOString();
      for (const reminder of plannedReminders(session.scheduledStart, reminderLeadMinutes, now)) {
        const added = await data.jobs.enqueue({
          kind: REMINDER_CARD,
          idempotencyKey: cardKey(`reminder.${reminder.timing}`, session.sessionId, session.memberId, start),
          payload: { sessionId: session.sessionId, timing: reminder.timing, scheduledStart: start },
          runAt: reminder.at,
          maxAttempts: 5,
        });
        if (added) queued++;
      }
    }
  }
  return queued;
}
