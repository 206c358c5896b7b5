import type { Db } from '../data/database.js';
import { eventsToWatch } from '../data/system/bookedEvents.js';
import { forTenant } from '../data/tenantData.js';
import type { CalendarWatchPort } from '../domain/calendarPort.js';
import { afterRefusal } from '../domain/calendarWatch.js';
import { CALENDAR_WATCH_NOTICE, calendarWatchNoticeKey } from '../jobs/kinds/calendarWatchNotice.js';
import type { Logger } from '../logging.js';

export interface CalendarSyncDeps {
  db: Db;
  watch: CalendarWatchPort;
  now: () => Date;
  log: Logger;
  /** Called after notices were queued, so the job runner sends them now. */
  wakeJobs?: () => void;
}

export interface CalendarSyncReport {
  checked: number;
  moved: number;
  cancelled: number;
  failed: number;
  /** Reads Microsoft 365 refused (no permission), each of which backs its event off. */
  refused: number;
  /** Events no longer watched after repeated refusals; their pairs are told. */
  stopped: number;
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
  const report: CalendarSyncReport = {
    checked: 0,
    moved: 0,
    cancelled: 0,
    failed: 0,
    refused: 0,
    stopped: 0,
  };
  const watched = await eventsToWatch(deps.db, now, new Date(now.getTime() - RECHECK_AFTER_MS), limit);
  for (const event of watched) {
    const data = forTenant(deps.db, event.tenantId);
    try {
      const state = await deps.watch.read(event.tenantId, event.organizerId, event.eventId);
      if (state.kind === 'not_permitted') {
        report.refused++;
        deps.log.warn(
          { sessionId: event.sessionId, refusals: event.refusals + 1, reason: state.reason },
          'Microsoft 365 refused to let Taiwa read a booked event',
        );
        if (await refused(deps, event.tenantId, event.sessionId, event.refusals + 1, now)) report.stopped++;
        continue;
      }
      report.checked++;
      if (event.refusals > 0) await data.bookings.clearWatchRefusals(event.sessionId);
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
  if (report.stopped > 0) deps.wakeJobs?.();
  return report;
}

/**
 * Backs the event off after a refusal, or stops watching it; on stopping, queues one notice for
 * each of the pair in the same transaction. Returns whether the watch stopped now.
 */
async function refused(
  deps: CalendarSyncDeps,
  tenantId: string,
  sessionId: string,
  refusals: number,
  now: Date,
): Promise<boolean> {
  const next = afterRefusal(refusals, now);
  return forTenant(deps.db, tenantId).transaction(async (trx) => {
    const stopped = await trx.bookings.recordWatchRefusal(
      sessionId,
      next.kind === 'retry' ? next.at : null,
      now,
    );
    if (!stopped) return false;
    const session = await trx.sessions.findById(sessionId);
    const pair = session === null ? null : await trx.pairs.findById(session.pairId);
    if (pair === null) return true;
    for (const recipientId of [pair.manager.id, pair.member.id]) {
      await trx.jobs.enqueue({
        kind: CALENDAR_WATCH_NOTICE,
        idempotencyKey: calendarWatchNoticeKey(sessionId, recipientId),
        payload: { sessionId, recipientId },
        runAt: now,
        maxAttempts: 5,
      });
    }
    return true;
  });
}
