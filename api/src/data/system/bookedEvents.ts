import { sql } from 'kysely';
import type { Db } from '../database.js';

/*
 * Deliberately cross-tenant: the calendar sync is one background pass for the whole installation,
 * so it must find booked events of every tenant at once. Each event found is then handled through
 * that event's own tenant's data (`forTenant`), never across tenants.
 */

export interface WatchedEvent {
  tenantId: string;
  sessionId: string;
  eventId: string;
  organizerId: string;
  /** Consecutive refusals so far. */
  refusals: number;
}

/**
 * Booked 1on1s still to come whose event should be re-read, least recently checked first. Runs
 * across tenants for the sync job; each row carries its tenant.
 */
export async function eventsToWatch(
  db: Db,
  now: Date,
  checkedBefore: Date,
  limit: number,
): Promise<WatchedEvent[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['tenant_id', 'id', 'graph_event_id', 'graph_organizer_id', 'calendar_watch_refusals'])
    .where('graph_event_id', 'is not', null)
    .where('graph_organizer_id', 'is not', null)
    .where('cancelled_at', 'is', null)
    .where('calendar_watch_stopped_at', 'is', null)
    .where((eb) => eb.or([eb('calendar_watch_next_at', 'is', null), eb('calendar_watch_next_at', '<=', now)]))
    .where('status', '=', 'planned')
    .where('scheduled_end', '>', now)
    .where((eb) =>
      eb.or([eb('calendar_checked_at', 'is', null), eb('calendar_checked_at', '<', checkedBefore)]),
    )
    .orderBy(sql`calendar_checked_at nulls first`)
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    sessionId: row.id,
    eventId: row.graph_event_id ?? '',
    organizerId: row.graph_organizer_id ?? '',
    refusals: row.calendar_watch_refusals,
  }));
}
