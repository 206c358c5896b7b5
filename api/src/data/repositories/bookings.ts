import type { Kysely } from 'kysely';
import type { Interval } from '../../domain/slots.js';
import type { Database } from '../schema.js';
import { type SessionRecord, toSessionRecord } from './sessions.js';

/** A session as the calendar sees it: times, event, meeting and whether it was cancelled. */
export type BookingRecord = SessionRecord;

export interface NewBooking {
  id: string;
  pairId: string;
  start: Date;
  end: Date;
  eventId: string;
  joinUrl: string | null;
  organizerId: string;
}

/** Sessions as calendar entries: booking the next 1on1 and keeping it in step with the event. */
export class BookingRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** Every change below is to one session of this tenant. */
  private updateSession(sessionId: string) {
    return this.db.updateTable('sessions').where('tenant_id', '=', this.tenantId).where('id', '=', sessionId);
  }

  async find(sessionId: string): Promise<BookingRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  /** Locks the session row until the transaction ends, so two people cannot book its next 1on1 at once. */
  async lock(sessionId: string): Promise<BookingRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
      .forUpdate()
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  /** Every Taiwa 1on1 any of `userIds` takes part in that overlaps `window` (dev mode's free/busy). */
  async busyFor(userIds: readonly string[], window: Interval): Promise<Interval[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('sessions as s')
      .innerJoin('pairs as p', (join) =>
        join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pair_id'),
      )
      .select(['s.scheduled_start', 's.scheduled_end'])
      .where('s.tenant_id', '=', this.tenantId)
      .where((eb) => eb.or([eb('p.manager_id', 'in', userIds), eb('p.member_id', 'in', userIds)]))
      .where('s.cancelled_at', 'is', null)
      .where('s.scheduled_start', '<', window.end)
      .where('s.scheduled_end', '>', window.start)
      .execute();
    return rows.map((row) => ({ start: row.scheduled_start, end: row.scheduled_end }));
  }

  /** Creates the booked session and makes it `previousId`'s next; call inside a transaction after `lock`. */
  async createNext(previousId: string, booking: NewBooking, at: Date): Promise<BookingRecord> {
    const row = await this.db
      .insertInto('sessions')
      .values({
        tenant_id: this.tenantId,
        id: booking.id,
        pair_id: booking.pairId,
        scheduled_start: booking.start,
        scheduled_end: booking.end,
        status: 'planned',
        join_url: booking.joinUrl,
        graph_event_id: booking.eventId,
        graph_organizer_id: booking.organizerId,
        calendar_checked_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.db
      .updateTable('sessions')
      .set((eb) => ({ next_session_id: booking.id, version: eb('version', '+', 1), updated_at: at }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', previousId)
      .execute();
    return toSessionRecord(row);
  }

  /** The event moved: the session follows it. Returns whether anything changed. */
  async moveTo(sessionId: string, start: Date, end: Date, at: Date): Promise<boolean> {
    const result = await this.updateSession(sessionId)
      .set((eb) => ({
        scheduled_start: start,
        scheduled_end: end,
        calendar_checked_at: at,
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where((eb) => eb.or([eb('scheduled_start', '!=', start), eb('scheduled_end', '!=', end)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return true;
    await this.markChecked(sessionId, at);
    return false;
  }

  /** The event was cancelled or deleted; returns whether this is news. */
  async markCancelled(sessionId: string, at: Date): Promise<boolean> {
    const result = await this.updateSession(sessionId)
      .set((eb) => ({
        cancelled_at: at,
        calendar_checked_at: at,
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('cancelled_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markChecked(sessionId: string, at: Date): Promise<void> {
    await this.updateSession(sessionId).set({ calendar_checked_at: at }).execute();
  }

  /**
   * Microsoft 365 refused to let the watch read the booked event: count it, and either wait until
   * `nextAt` or (null) stop watching. Returns whether this call stopped the watch (so the pair is
   * told exactly once, even when two workers race).
   */
  async recordWatchRefusal(sessionId: string, nextAt: Date | null, at: Date): Promise<boolean> {
    const result = await this.updateSession(sessionId)
      .set((eb) => ({
        calendar_watch_refusals: eb('calendar_watch_refusals', '+', 1),
        calendar_watch_next_at: nextAt,
        calendar_checked_at: at,
        ...(nextAt === null && { calendar_watch_stopped_at: at }),
      }))
      .where('calendar_watch_stopped_at', 'is', null)
      .executeTakeFirst();
    return nextAt === null && Number(result.numUpdatedRows) > 0;
  }

  /** A read went through: refusals no longer count. */
  async clearWatchRefusals(sessionId: string): Promise<void> {
    await this.updateSession(sessionId)
      .set({ calendar_watch_refusals: 0, calendar_watch_next_at: null })
      .where('calendar_watch_refusals', '>', 0)
      .execute();
  }

  /** The Graph onlineMeeting the bot or the transcript job found for this session. */
  async recordOnlineMeeting(sessionId: string, onlineMeetingId: string): Promise<void> {
    await this.updateSession(sessionId)
      .set({ graph_online_meeting_id: onlineMeetingId })
      .where('graph_online_meeting_id', 'is', null)
      .execute();
  }
}
