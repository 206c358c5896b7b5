import { type Kysely, type Selectable, sql } from 'kysely';
import type { SessionSchedule, SessionStatus } from '../../domain/session.js';
import type { Database, SessionTable } from '../schema.js';

export interface SessionRecord {
  id: string;
  pairId: string;
  status: SessionStatus;
  scheduledStart: Date;
  scheduledEnd: Date;
  teamsChatId: string | null;
  joinUrl: string | null;
  graphEventId: string | null;
  nextSessionId: string | null;
  version: number;
  /** Who organizes its Outlook event, when it was booked through the calendar. */
  graphOrganizerId: string | null;
  graphOnlineMeetingId: string | null;
  cancelledAt: Date | null;
  endedAt: Date | null;
  /** When the background watch of its Outlook event gave up after repeated refusals. */
  calendarWatchStoppedAt: Date | null;
}

export class SessionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async listForPairs(pairIds: readonly string[]): Promise<SessionRecord[]> {
    if (pairIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', 'in', pairIds)
      .orderBy('scheduled_start', 'desc')
      .execute();
    return rows.map(toSessionRecord);
  }

  /** The pair's planned and live 1on1s that were not cancelled: what a new booking must not overlap. */
  async listOpenForPair(pairId: string): Promise<SessionRecord[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .where('status', '!=', 'ended')
      .where('cancelled_at', 'is', null)
      .orderBy('scheduled_start')
      .execute();
    return rows.map(toSessionRecord);
  }

  /**
   * Serialises scheduling for one pair inside the caller's transaction, so two bookings of the same
   * slot at the same moment cannot both pass the no-overlap rule.
   */
  async lockPairSchedule(pairId: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtext(${`taiwa.schedule.${this.tenantId}.${pairId}`}))`.execute(
      this.db,
    );
  }

  async findById(id: string): Promise<SessionRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  /** The pair's first planned or live session starting after `after`: where carry-over goes. */
  async findNextPlanned(pairId: string, after: Date): Promise<SessionRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .where('status', '!=', 'ended')
      .where('scheduled_start', '>', after)
      .orderBy('scheduled_start')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  /** The pair's most recent ended 1on1 that does not yet point at a next one. */
  async findLatestEndedWithoutNext(pairId: string): Promise<SessionRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .where('status', '=', 'ended')
      .where('next_session_id', 'is', null)
      .orderBy('scheduled_start', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  async linkNext(sessionId: string, nextSessionId: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set((eb) => ({
        next_session_id: nextSessionId,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
      .where('next_session_id', 'is', null)
      .execute();
  }

  /** Moves a session along planned → live → ended; returns null if it was not in `from`. */
  async transition(
    id: string,
    from: readonly SessionStatus[],
    to: SessionStatus,
    at: Date,
  ): Promise<SessionRecord | null> {
    const row = await this.db
      .updateTable('sessions')
      .set((eb) => ({
        status: to,
        ...(to === 'live' && { started_at: at }),
        ...(to === 'ended' && { ended_at: at }),
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('status', 'in', from)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  /**
   * The 1on1 a Teams meeting event is about: the not-yet-ended session of that meeting chat whose
   * scheduled start is nearest to the event. A recurring meeting keeps one chat for every occurrence.
   */
  async findForMeeting(chatId: string, at: Date): Promise<SessionRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('teams_chat_id', '=', chatId)
      .where('status', '!=', 'ended')
      .orderBy(sql`abs(extract(epoch from scheduled_start - ${at}::timestamptz))`)
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? null : toSessionRecord(row);
  }

  async create(id: string, pairId: string, schedule: SessionSchedule): Promise<SessionRecord> {
    const row = await this.db
      .insertInto('sessions')
      .values({
        tenant_id: this.tenantId,
        id,
        pair_id: pairId,
        scheduled_start: schedule.scheduledStart,
        scheduled_end: schedule.scheduledEnd,
        status: 'planned',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSessionRecord(row);
  }
}

/** The one mapping of a `sessions` row to what the rest of Taiwa knows of a session. */
export function toSessionRecord(row: Selectable<SessionTable>): SessionRecord {
  return {
    id: row.id,
    pairId: row.pair_id,
    status: row.status,
    scheduledStart: row.scheduled_start,
    scheduledEnd: row.scheduled_end,
    teamsChatId: row.teams_chat_id,
    joinUrl: row.join_url,
    graphEventId: row.graph_event_id,
    nextSessionId: row.next_session_id,
    version: row.version,
    graphOrganizerId: row.graph_organizer_id,
    graphOnlineMeetingId: row.graph_online_meeting_id,
    cancelledAt: row.cancelled_at,
    endedAt: row.ended_at,
    calendarWatchStoppedAt: row.calendar_watch_stopped_at,
  };
}
