import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertMayChangeHidden,
  assertMayHideTranscript,
  GIVE_UP_AFTER_MS,
  nextAttemptAt,
  retryDelayMs,
  speakersOf,
  validateRetentionDays,
  visibleCues,
} from './transcript.js';

const end = new Date('2026-12-01T01:30:00Z');
const cue = (speaker: string | null) => ({ id: null, startMs: 0, endMs: 1, speaker, text: 'x' });

describe('transcript retries', () => {
  it('backs off from 5 minutes, doubling up to two hours', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((attempt) => retryDelayMs(attempt) / 60_000)).toEqual([
      5, 10, 20, 40, 80, 120, 120,
    ]);
  });

  it('honours a longer Retry-After and never schedules past the give-up time', () => {
    const now = new Date(end.getTime() + 60_000);
    expect(nextAttemptAt(end, 1, now, 30 * 60_000)?.getTime()).toBe(now.getTime() + 30 * 60_000);
    const late = new Date(end.getTime() + GIVE_UP_AFTER_MS - 60_000);
    expect(nextAttemptAt(end, 9, late)?.getTime()).toBe(end.getTime() + GIVE_UP_AFTER_MS);
    expect(nextAttemptAt(end, 9, new Date(end.getTime() + GIVE_UP_AFTER_MS))).toBeNull();
  });
});

describe('who sees and hides a transcript', () => {
  it('lets only the member hide it, and only once there is one', () => {
    expect(() => assertMayHideTranscript('member')).not.toThrow();
    expect(() => assertMayHideTranscript('manager')).toThrow(DomainError);
    expect(() => assertMayChangeHidden('waiting', true)).toThrow(/no transcript/);
    expect(() => assertMayChangeHidden('fetched', false)).toThrow(/not hidden/);
    expect(() => assertMayChangeHidden('fetched', true)).not.toThrow();
  });

  it('shows cues only while fetched, and lists speakers in order of appearance', () => {
    const cues = [cue('B'), cue(null), cue('A'), cue('B')];
    expect(visibleCues('hidden', cues)).toEqual([]);
    expect(visibleCues('fetched', cues)).toHaveLength(4);
    expect(speakersOf(cues)).toEqual(['B', 'A']);
  });

  it('keeps retention between one day and ten years', () => {
    expect(validateRetentionDays(30)).toBe(30);
    expect(() => validateRetentionDays(0)).toThrow(DomainError);
    expect(() => validateRetentionDays(1.5)).toThrow(/whole number/);
  });
});
