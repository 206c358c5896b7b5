import { type Kysely, type Selectable, sql } from 'kysely';
import type { TranscriptState } from '../../domain/transcript.js';
import type { TranscriptCue } from '../../domain/webvtt.js';
import type { Database, TranscriptTable } from '../schema.js';

export interface TranscriptRecord {
  sessionId: string;
  state: TranscriptState;
  source: 'graph' | 'upload';
  cues: TranscriptCue[] | null;
  attempts: number;
  nextAttemptAt: Date | null;
  meetingEndedAt: Date;
  fetchedAt: Date | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
}

/** One row per session: the transcript's state, its cues once fetched, and the fetch job's schedule. */
export class TranscriptRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** The fetch job's writes land only while the transcript still waits: a fetched or hidden one stays as it is. */
  private updateWaiting(sessionId: string) {
    return this.db
      .updateTable('transcripts')
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .where('state', '=', 'waiting');
  }

  async find(sessionId: string): Promise<TranscriptRecord | null> {
    const row = await this.db
      .selectFrom('transcripts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  }

  /** Starts watching for a meeting's transcript; a session already watched (or fetched) is left alone. */
  async startWaiting(sessionId: string, meetingEndedAt: Date, firstAttemptAt: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('transcripts')
      .values({
        tenant_id: this.tenantId,
        session_id: sessionId,
        state: 'waiting',
        source: 'graph',
        cues: null,
        meeting_ended_at: meetingEndedAt,
        next_attempt_at: firstAttemptAt,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'session_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Stores fetched cues, unless the member hid the transcript while it was being fetched. */
  async storeFetched(sessionId: string, cues: readonly TranscriptCue[], at: Date): Promise<void> {
    await this.updateWaiting(sessionId)
      .set({
        state: 'fetched',
        cues: JSON.stringify(cues),
        fetched_at: at,
        next_attempt_at: null,
        updated_at: at,
      })
      .execute();
  }

  /** An attempt found nothing yet: count it and set the next one, or close as `none` when there is none. */
  async recordAttempt(
    sessionId: string,
    next: { at: Date } | { giveUp: TranscriptState },
    now: Date,
  ): Promise<void> {
    await this.updateWaiting(sessionId)
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        ...('at' in next ? { next_attempt_at: next.at } : { next_attempt_at: null, state: next.giveUp }),
        updated_at: now,
      }))
      .execute();
  }

  /**
   * A dev-mode upload replaces the cues that were there, but not the member's choice: a transcript
   * the member hid stays hidden until the member shows it again.
   */
  async storeUpload(
    sessionId: string,
    cues: readonly TranscriptCue[],
    meetingEndedAt: Date,
    at: Date,
  ): Promise<void> {
    await this.db
      .insertInto('transcripts')
      .values({
        tenant_id: this.tenantId,
        session_id: sessionId,
        state: 'fetched',
        source: 'upload',
        cues: JSON.stringify(cues),
        meeting_ended_at: meetingEndedAt,
        fetched_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'session_id']).doUpdateSet({
          state: sql<TranscriptState>`case when transcripts.hidden_at is null then 'fetched' else 'hidden' end`,
          source: 'upload',
          cues: JSON.stringify(cues),
          fetched_at: at,
          next_attempt_at: null,
          deleted_at: null,
          updated_at: at,
        }),
      )
      .execute();
  }

  async setHidden(sessionId: string, hidden: boolean, at: Date): Promise<TranscriptRecord | null> {
    const row = await this.db
      .updateTable('transcripts')
      .set(
        hidden
          ? { state: 'hidden', hidden_at: at, updated_at: at }
          : { state: 'fetched', hidden_at: null, updated_at: at },
      )
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .where('state', '=', hidden ? 'fetched' : 'hidden')
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  }
}

function toRecord(row: Selectable<TranscriptTable>): TranscriptRecord {
  const cues = typeof row.cues === 'string' ? (JSON.parse(row.cues) as unknown) : row.cues;
  return {
    sessionId: row.session_id,
    state: row.state,
    source: row.source,
    cues: Array.isArray(cues) ? (cues as TranscriptCue[]) : null,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    meetingEndedAt: row.meeting_ended_at,
    fetchedAt: row.fetched_at,
    hiddenAt: row.hidden_at,
    deletedAt: row.deleted_at,
  };
}
