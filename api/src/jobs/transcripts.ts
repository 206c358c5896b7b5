import { readJoinUrl } from '@taiwa/bot';
import type { Db } from '../data/database.js';
import {
  type DueTranscript,
  dueTranscripts,
  endedWithoutTranscript,
  purgeExpiredTranscripts,
} from '../data/system/dueTranscripts.js';
import { forTenant, type TenantData } from '../data/tenantData.js';
import { GIVE_UP_AFTER_MS, nextAttemptAt } from '../domain/transcript.js';
import type {
  MeetingDetails,
  MeetingDirectoryPort,
  TranscriptLookup,
  TranscriptSourcePort,
} from '../domain/transcriptSource.js';
import { readWebVtt, type TranscriptCue, WebVttError } from '../domain/webvtt.js';
import type { Logger } from '../logging.js';

/**
 * Fetching transcripts after meetings. The transcripts table is the durable queue: each waiting
 * row carries its attempt count and when to try next, so a crash or restart loses nothing and a
 * second worker picking the same row only repeats an idempotent fetch. A scheduler (pg-boss) only
 * has to call `runTranscriptFetches` every minute or so and `purgeTranscripts` daily.
 */

export interface TranscriptJobDeps {
  db: Db;
  source: TranscriptSourcePort;
  now: () => Date;
  log: Logger;
  /** Asks Teams about meetings a 1on1 was held in but whose join URL Taiwa never saw. */
  meetings?: MeetingDirectoryPort;
}

/** Teams needs a few minutes after the end before a transcript can exist. */
const FIRST_ATTEMPT_DELAY_MS = 2 * 60_000;
const BATCH = 20;

/** Call when a 1on1 ends (inside its transaction): starts watching for its transcript. */
export async function startTranscriptWatch(
  data: TenantData,
  source: TranscriptSourcePort,
  sessionId: string,
  endedAt: Date,
): Promise<void> {
  if (!source.fetches) return;
  await data.transcripts.startWaiting(
    sessionId,
    endedAt,
    new Date(endedAt.getTime() + FIRST_ATTEMPT_DELAY_MS),
  );
}

export interface FetchReport {
  fetched: number;
  waiting: number;
  closed: number;
}

/** One pass: picks up missed meeting ends, then asks for every transcript that is due. */
export async function runTranscriptFetches(deps: TranscriptJobDeps, limit = BATCH): Promise<FetchReport> {
  const report: FetchReport = { fetched: 0, waiting: 0, closed: 0 };
  if (!deps.source.fetches) return report;
  const now = deps.now();
  for (const missed of await endedWithoutTranscript(
    deps.db,
    new Date(now.getTime() - GIVE_UP_AFTER_MS),
    now,
    limit,
  )) {
    await startTranscriptWatch(
      forTenant(deps.db, missed.tenantId),
      deps.source,
      missed.sessionId,
      missed.endedAt,
    );
  }
  for (const due of await dueTranscripts(deps.db, now, limit)) {
    const data = forTenant(deps.db, due.tenantId);
    let lookup: TranscriptLookup;
    try {
      const meeting = await knownMeeting(data, due, deps);
      lookup =
        meeting.onlineMeetingId === null && meeting.joinUrl === null
          ? // Held in a Teams meeting whose details Teams has not told yet: ask again, until the give-up time.
            due.chatId !== null || due.teamsMeetingId !== null
            ? { kind: 'not_yet', onlineMeetingId: null, retryAfterMs: 0 }
            : { kind: 'gone' }
          : await deps.source.lookup({
              tenantId: due.tenantId,
              // Transcripts live in the organizer's mailbox: whoever scheduled the meeting in Outlook.
              organizerId: meeting.organizerId ?? due.managerId,
              onlineMeetingId: meeting.onlineMeetingId,
              joinUrl: meeting.joinUrl,
            });
    } catch (error) {
      // Graph or the network failed in a way retries did not cure: try again on the usual schedule.
      deps.log.warn({ err: error, sessionId: due.sessionId }, 'transcript lookup failed');
      lookup = { kind: 'not_yet', onlineMeetingId: null, retryAfterMs: 0 };
    }
    const outcome = await settle(data, due, lookup, now, deps.log);
    report[outcome]++;
  }
  if (report.fetched + report.closed > 0) deps.log.info({ ...report }, 'transcript fetch pass');
  return report;
}

/**
 * What Taiwa knows of the meeting a 1on1 was held in: what the session remembers, completed from
 * Teams' meeting details API when the Graph meeting id is still missing, and the organizer read
 * from the join URL (its `context` names them) when nothing else did.
 */
async function knownMeeting(
  data: TenantData,
  due: DueTranscript,
  deps: TranscriptJobDeps,
): Promise<MeetingDetails> {
  let known: MeetingDetails = {
    joinUrl: due.joinUrl,
    onlineMeetingId: due.onlineMeetingId,
    organizerId: due.organizerId,
  };
  if (known.onlineMeetingId === null && due.teamsMeetingId !== null && deps.meetings !== undefined) {
    try {
      const details = await deps.meetings.details(due.tenantId, due.chatId, due.teamsMeetingId);
      if (details !== null) {
        await data.meetingLinks.recordMeeting(due.sessionId, { teamsMeetingId: null, ...details });
        known = {
          joinUrl: known.joinUrl ?? details.joinUrl,
          onlineMeetingId: details.onlineMeetingId,
          organizerId: known.organizerId ?? details.organizerId,
        };
      }
    } catch (error) {
      deps.log.warn({ err: error, sessionId: due.sessionId }, 'Teams did not say which meeting this was');
    }
  }
  return { ...known, organizerId: known.organizerId ?? readJoinUrl(known.joinUrl)?.organizerId ?? null };
}

async function settle(
  data: TenantData,
  due: { sessionId: string; attempts: number; meetingEndedAt: Date },
  lookup: TranscriptLookup,
  now: Date,
  log: Logger,
): Promise<keyof FetchReport> {
  if ((lookup.kind === 'found' || lookup.kind === 'not_yet') && lookup.onlineMeetingId !== null) {
    await data.bookings.recordOnlineMeeting(due.sessionId, lookup.onlineMeetingId);
  }
  switch (lookup.kind) {
    case 'found': {
      const cues: TranscriptCue[] = [];
      let skipped = 0;
      try {
        for (const file of lookup.webVtt) {
          const reading = readWebVtt(file);
          cues.push(...reading.cues);
          skipped += reading.skipped.length;
        }
      } catch (error) {
        if (!(error instanceof WebVttError)) throw error;
        // A transcript Teams wrote unreadably will not get better by asking again.
        log.warn({ sessionId: due.sessionId, line: error.line }, 'transcript is not valid WebVTT');
        await data.transcripts.recordAttempt(due.sessionId, { giveUp: 'none' }, now);
        return 'closed';
      }
      // One unreadable cue costs that cue, not the transcript; the count (never the text) is logged.
      if (skipped > 0) log.warn({ sessionId: due.sessionId, skipped }, 'transcript cues skipped');
      await data.transcripts.storeFetched(due.sessionId, cues, now);
      return 'fetched';
    }
    case 'not_yet': {
      const next = nextAttemptAt(due.meetingEndedAt, due.attempts + 1, now, lookup.retryAfterMs);
      await data.transcripts.recordAttempt(
        due.sessionId,
        next === null ? { giveUp: 'none' } : { at: next },
        now,
      );
      return next === null ? 'closed' : 'waiting';
    }
    case 'gone':
      await data.transcripts.recordAttempt(due.sessionId, { giveUp: 'none' }, now);
      return 'closed';
    case 'not_permitted':
      log.warn({ sessionId: due.sessionId, reason: lookup.reason }, 'transcript not permitted');
      await data.transcripts.recordAttempt(due.sessionId, { giveUp: 'not_permitted' }, now);
      return 'closed';
  }
}

/** Daily: deletes transcripts older than each tenant's retention period. */
export async function purgeTranscripts(deps: Pick<TranscriptJobDeps, 'db' | 'now' | 'log'>): Promise<number> {
  const purged = await purgeExpiredTranscripts(deps.db, deps.now());
  if (purged > 0) deps.log.info({ purged }, 'transcripts past retention deleted');
  return purged;
}
