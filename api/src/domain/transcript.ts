import { forbidden, invalid } from './errors.js';
import type { PairRole } from './pair.js';
import type { TranscriptCue } from './webvtt.js';

/**
 * A 1on1's transcript: where it stands, who may see it and for how long it is kept.
 *
 * - waiting: the meeting ended and Teams has not published a transcript yet; we keep asking.
 * - none: no transcript appeared before we gave up, or the meeting was not transcribed.
 * - fetched: stored, visible to the pair.
 * - not_permitted: Microsoft 365 refused (the app lacks admin consent or the meeting's RSC grant).
 * - hidden: the member chose to hide it from both of them.
 * - deleted: removed when the tenant's retention period ran out.
 */
export type TranscriptState = 'waiting' | 'none' | 'fetched' | 'not_permitted' | 'hidden' | 'deleted';

export const TRANSCRIPT_STATES: readonly TranscriptState[] = [
  'waiting',
  'none',
  'fetched',
  'not_permitted',
  'hidden',
  'deleted',
];

/** Teams publishes a transcript minutes after the end; after two days it is not coming. */
export const GIVE_UP_AFTER_MS = 48 * 60 * 60_000;
const FIRST_RETRY_MS = 5 * 60_000;
const LONGEST_RETRY_MS = 2 * 60 * 60_000;

/** Waiting time before attempt `attempt + 1`: 5, 10, 20, 40, 80 minutes, then every two hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), LONGEST_RETRY_MS);
}

/** When to ask again, or null when the transcript will not come any more. */
export function nextAttemptAt(meetingEnd: Date, attempt: number, now: Date, retryAfterMs = 0): Date | null {
  const giveUpAt = meetingEnd.getTime() + GIVE_UP_AFTER_MS;
  if (now.getTime() >= giveUpAt) return null;
  const next = now.getTime() + Math.max(retryDelayMs(attempt), retryAfterMs);
  return new Date(Math.min(next, giveUpAt));
}

/** Only the member decides whether their 1on1's transcript is shown; the manager cannot undo it. */
export function assertMayHideTranscript(role: PairRole): void {
  if (role !== 'member') throw forbidden('only the member can hide or show the transcript');
}

export function assertMayChangeHidden(state: TranscriptState, hidden: boolean): void {
  if (hidden && state !== 'fetched' && state !== 'hidden') {
    throw invalid('hidden', 'there is no transcript to hide yet');
  }
  if (!hidden && state !== 'hidden') throw invalid('hidden', 'the transcript is not hidden');
}

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export function validateRetentionDays(days: number): number {
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw invalid(
      'transcriptRetentionDays',
      `must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`,
    );
  }
  return days;
}

/** A transcript's cues are shown only when it was fetched and not hidden. */
export function visibleCues(state: TranscriptState, cues: readonly TranscriptCue[] | null): TranscriptCue[] {
  return state === 'fetched' && cues !== null ? [...cues] : [];
}

/** Speakers in order of first appearance, for the speaker filter. */
export function speakersOf(cues: readonly TranscriptCue[]): string[] {
  const seen = new Set<string>();
  for (const cue of cues) if (cue.speaker !== null) seen.add(cue.speaker);
  return [...seen];
}

/** An uploaded or fetched transcript must say something; an empty file is a mistake, not a transcript. */
export function assertHasCues(cues: readonly TranscriptCue[]): void {
  if (cues.length === 0) throw invalid('body', 'the WebVTT file has no cues');
}
