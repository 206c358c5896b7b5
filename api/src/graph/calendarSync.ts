import type { Kysely } from 'kysely';
import { eventsToWatch } from '../data/repositories/bookings.js';
import type { Database } from '../data/schema.js';
import { forTenant } from '../data/tenantData.js';
import type { CalendarWatchPort } from '../domain/calendarPort.js';
import type { JobLog } from '../jobs/transcripts.js';

export interface CalendarSyncDeps {
  db: Kysely<Database>;
  watch: CalendarWatchPort;
  now: () => Date;
  log: JobLog;
}

export interface CalendarSyncReport {
  checked: number;
  moved: number;
  cancelled: number;
  failed: number;
}

/** How stale a booked event's copy may get before it is re-read. */
const RECHECK_AFTER_MS = 15 * 60_000;

/**
 * Keeps booked 1on1s in step with their Outlook events: a moved event moves the session, a
 * cancelled or deleted one marks it cancelled. Meant to run every few minutes as a job; change
 * notifications could trigger it sooner where PUBLIC_URL is reachable from Graph.
 */
export async function syncBookedEvents(deps: CalendarSyncDeps, limit = 50): Promise<CalendarSyncReport> {
  const now = deps.now();
  const report: CalendarSyncReport = { checked: 0, moved: 0, cancelled: 0, failed: 0 };
  const watched = await eventsToWatch(deps.db, now, new Date(now.getTime() - RECHECK_AFTER_MS), limit);
  for (const event of watched) {
    const data = forTenant(deps.db, event.tenantId);
    try {
      const state = await deps.watch.read(event.tenantId, event.organizerId, event.eventId);
      report.checked++;
      if (state.kind === 'cancelled') {
        if (await data.bookings.markCancelled(event.sessionId, now)) report.cancelled++;
      } else if (await data.bookings.moveTo(event.sessionId, state.start, state.end, now)) {
        report.moved++;
      }
    } catch (error) {
      report.failed++;
      await data.bookings.markChecked(event.sessionId, now);
      deps.log.warn({ err: error, sessionId: event.sessionId }, 'could not re-read a booked event');
    }
  }
  return report;
}
