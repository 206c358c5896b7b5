import { type Kysely, sql } from 'kysely';
import {
  CLARITY_BATCH,
  computeFeedback,
  type FeedbackTallies,
  type FitHint,
  feedbackWindow,
  fitHintFor,
  type ResponseTally,
  type SessionTally,
} from '../../domain/feedback.js';
import type { TranscriptCue } from '../../domain/feedbackTalkTime.js';
import type { Database } from '../schema.js';

export interface SessionTranscript {
  sessionId: string;
  scheduledStart: Date;
  cues: TranscriptCue[];
}

/**
 * What a manager's engagement feedback is computed from. The ratings are folded into tallies by the
 * database (the same shape domain/feedback's tallyRatedSessions makes), so a manager with hundreds of
 * rated 1on1s costs one small result.
 */
export class InsightsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /**
   * Tallies of the window starting at `since` (the first day of a month). Ratings are numbered per
   * member over all time, so すっきり度 counts in the complete batches of three domain/feedback.ts
   * describes, in the month each batch was completed.
   */
  async feedbackTallies(managerId: string, since: Date, memberId?: string): Promise<FeedbackTallies> {
    const memberFilter = memberId === undefined ? sql`` : sql`and member_id = ${memberId}`;
    const rated = sql`
      with numbered as (
        select session_id, member_id, clarity, submitted_at,
          (row_number() over (partition by member_id order by submitted_at, session_id) - 1) / ${sql.lit(CLARITY_BATCH)}
            as batch
        from ratings
        where tenant_id = ${this.tenantId} and manager_id = ${managerId} ${memberFilter}
      ),
      batches as (
        select member_id, batch, max(submitted_at) as completed_at, count(*) as size
        from numbered group by member_id, batch
      )
      select n.session_id, n.member_id, n.clarity,
        to_char(n.submitted_at at time zone 'UTC', 'YYYY-MM') as month,
        n.submitted_at >= ${since} as in_window,
        case when b.size = ${sql.lit(CLARITY_BATCH)} and b.completed_at >= ${since}
          then to_char(b.completed_at at time zone 'UTC', 'YYYY-MM') end as clarity_month
      from numbered n
      join batches b on b.member_id = n.member_id and b.batch = n.batch
      where n.submitted_at >= ${since} or (b.size = ${sql.lit(CLARITY_BATCH)} and b.completed_at >= ${since})`;
    const [sessions, responses] = await Promise.all([
      sql<SessionTally>`
        with rated as (${rated})
        select member_id as "memberId", month, sum(sessions)::int as sessions,
          sum(clarity_sessions)::int as "claritySessions", sum(clarity_sum)::int as "claritySum"
        from (
          select member_id, month, count(*) as sessions, 0 as clarity_sessions, 0 as clarity_sum
          from rated where in_window group by member_id, month
          union all
          select member_id, clarity_month, 0, count(*), sum(clarity)
          from rated where clarity_month is not null group by member_id, clarity_month
        ) parts
        group by member_id, month`.execute(this.db),
      sql<ResponseTally>`
        with rated as (${rated}),
        per_session as (
          select r.member_id, r.month, r.in_window, r.clarity_month, f.expected_response_id, r.clarity,
            count(*) filter (where f.fit = 'yes') as yes,
            count(*) filter (where f.fit = 'partly') as partly,
            count(*) filter (where f.fit = 'no') as no
          from rated r
          join rating_item_fits f on f.tenant_id = ${this.tenantId} and f.session_id = r.session_id
          group by r.member_id, r.month, r.in_window, r.clarity_month, f.expected_response_id, r.session_id,
            r.clarity
        )
        select member_id as "memberId", month, expected_response_id as "expectedResponseId",
          sum(yes)::int as yes, sum(partly)::int as partly, sum(no)::int as no,
          sum(sessions)::int as sessions, sum(clarity_sessions)::int as "claritySessions",
          sum(clarity_sum)::int as "claritySum"
        from (
          select member_id, month, expected_response_id, yes, partly, no, 1 as sessions,
            0 as clarity_sessions, 0 as clarity_sum
          from per_session where in_window
          union all
          select member_id, clarity_month, expected_response_id, 0, 0, 0, 0, 1, clarity
          from per_session where clarity_month is not null
        ) parts
        group by member_id, month, expected_response_id`.execute(this.db),
    ]);
    return { sessions: sessions.rows, responses: responses.rows };
  }

  /**
   * The hint the agenda shows beside an item: how well this manager's responses of this kind fit
   * lately, with everyone and with this member ("your fit for listening lately: 2 of 6").
   */
  async fitHintFor(
    managerId: string,
    memberId: string,
    expectedResponseId: string,
    now: Date,
  ): Promise<FitHint> {
    const { since, months } = feedbackWindow(now);
    const feedback = computeFeedback(await this.feedbackTallies(managerId, since), months);
    return fitHintFor(feedback, memberId, expectedResponseId);
  }

  /**
   * The pair's latest fetched transcripts (not hidden, not deleted), newest first. Only the speaker and
   * timing of each cue are read: talk time never needs what was said.
   */
  async recentTranscripts(pairId: string, limit: number): Promise<SessionTranscript[]> {
    const rows = await sql<{ session_id: string; scheduled_start: Date; cues: unknown }>`
      select s.id as session_id, s.scheduled_start,
        (select coalesce(jsonb_agg(jsonb_build_object('speaker', c->'speaker', 'startMs', c->'startMs', 'endMs', c->'endMs')), '[]'::jsonb)
           from jsonb_array_elements(t.cues) c) as cues
      from sessions s
      join transcripts t on t.tenant_id = s.tenant_id and t.session_id = s.id
      where s.tenant_id = ${this.tenantId} and s.pair_id = ${pairId}
        and t.state = 'fetched' and t.cues is not null
      order by s.scheduled_start desc
      limit ${limit}`.execute(this.db);
    return rows.rows.map((row) => ({
      sessionId: row.session_id,
      scheduledStart: new Date(row.scheduled_start),
      cues: parseCues(row.cues),
    }));
  }
}

function parseCues(value: unknown): TranscriptCue[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(list)) return [];
  return list.flatMap((cue: { speaker?: unknown; startMs?: unknown; endMs?: unknown }) =>
    typeof cue.speaker === 'string' && typeof cue.startMs === 'number' && typeof cue.endMs === 'number'
      ? [{ speaker: cue.speaker, startMs: cue.startMs, endMs: cue.endMs }]
      : [],
  );
}
