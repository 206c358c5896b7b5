import { sql } from 'kysely';
import type { Db } from '../database.js';

/*
 * Deliberately cross-tenant: fetching transcripts and purging them past retention are background
 * passes for the whole installation, so they find the due rows of every tenant at once. Each row
 * carries its tenant, and everything written about it goes through that tenant's data (`forTenant`).
 */

export interface DueTranscript {
  tenantId: string;
  sessionId: string;
  attempts: number;
  meetingEndedAt: Date;
  organizerId: string | null;
  managerId: string;
  onlineMeetingId: string | null;
  joinUrl: string | null;
  /** The Teams meeting chat and meeting id, when the 1on1 was held in a Teams meeting Taiwa saw. */
  chatId: string | null;
  teamsMeetingId: string | null;
}

/** Transcripts the fetch job should ask for now, across tenants, oldest due first. */
export async function dueTranscripts(db: Db, now: Date, limit: number): Promise<DueTranscript[]> {
  const rows = await db
    .selectFrom('transcripts as t')
    .innerJoin('sessions as s', (join) =>
      join.onRef('s.tenant_id', '=', 't.tenant_id').onRef('s.id', '=', 't.session_id'),
    )
    .innerJoin('pairs as p', (join) =>
      join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pair_id'),
    )
    .select([
      't.tenant_id',
      't.session_id',
      't.attempts',
      't.meeting_ended_at',
      's.graph_organizer_id',
      'p.manager_id',
      's.graph_online_meeting_id',
      's.join_url',
      's.teams_chat_id',
      's.teams_meeting_id',
    ])
    .where('t.state', '=', 'waiting')
    .where('t.next_attempt_at', '<=', now)
    .orderBy('t.next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    sessionId: row.session_id,
    attempts: row.attempts,
    meetingEndedAt: row.meeting_ended_at,
    organizerId: row.graph_organizer_id,
    managerId: row.manager_id,
    onlineMeetingId: row.graph_online_meeting_id,
    joinUrl: row.join_url,
    chatId: row.teams_chat_id,
    teamsMeetingId: row.teams_meeting_id,
  }));
}

/**
 * Ended 1on1s with a Teams meeting (booked by Taiwa, or one whose chat or id Taiwa saw) that nobody started watching for a transcript (the meeting-end
 * hook was missed, e.g. the bot was not in the meeting), within the give-up window.
 */
export async function endedWithoutTranscript(
  db: Db,
  endedAfter: Date,
  now: Date,
  limit: number,
): Promise<Array<{ tenantId: string; sessionId: string; endedAt: Date }>> {
  const rows = await db
    .selectFrom('sessions as s')
    .leftJoin('transcripts as t', (join) =>
      join.onRef('t.tenant_id', '=', 's.tenant_id').onRef('t.session_id', '=', 's.id'),
    )
    .select(['s.tenant_id', 's.id', 's.ended_at', 's.scheduled_end'])
    .where('t.session_id', 'is', null)
    .where('s.cancelled_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('s.join_url', 'is not', null),
        eb('s.graph_online_meeting_id', 'is not', null),
        eb('s.teams_chat_id', 'is not', null),
        eb('s.teams_meeting_id', 'is not', null),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb.and([eb('s.status', '=', 'ended'), eb('s.ended_at', '>', endedAfter)]),
        eb.and([eb('s.scheduled_end', '>', endedAfter), eb('s.scheduled_end', '<=', now)]),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    sessionId: row.id,
    endedAt: row.ended_at ?? row.scheduled_end,
  }));
}

/**
 * Deletes the cues of every transcript older than its tenant's retention period (tenants without
 * settings keep the default 90 days). The row stays as `deleted` so the job never fetches it again.
 */
export async function purgeExpiredTranscripts(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('transcripts as t')
    .set({ cues: null, state: 'deleted', deleted_at: now, hidden_at: null, updated_at: now })
    .where('t.cues', 'is not', null)
    .where(
      't.fetched_at',
      '<',
      sql<Date>`${now}::timestamptz - make_interval(days => coalesce((select ts.transcript_retention_days from tenant_settings ts where ts.tenant_id = t.tenant_id), 90))`,
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
