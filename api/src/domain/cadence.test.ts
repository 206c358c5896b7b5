import { describe, expect, it } from 'vitest';
import { assertCadence, type Cadence, nextCadenceSlot } from './cadence.js';
import { DomainError } from './errors.js';

const TUESDAY = 2;
const FRIDAY = 5;

const weekly = (overrides: Partial<Cadence> = {}): Cadence => ({
  rhythm: 'weekly',
  weekday: TUESDAY,
  minuteOfDay: 10 * 60,
  durationMinutes: 30,
  timeZone: 'Asia/Tokyo',
  weekOfMonth: null,
  ...overrides,
});

const at = (iso: string) => new Date(iso);
const next = (cadence: Cadence, now: string, previousStart: string | null = null) =>
  nextCadenceSlot(cadence, {
    now: at(now),
    previousStart: previousStart === null ? null : at(previousStart),
  });

describe('nextCadenceSlot', () => {
  it('finds the next weekday at the local time, with the rhythm’s duration', () => {
    // Wednesday 2 December 2026 in Tokyo → Tuesday 8 December 10:00 JST.
    const slot = next(weekly(), '2026-12-02T03:00:00Z');
    expect(slot.start.toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(slot.end.toISOString()).toBe('2026-12-08T01:30:00.000Z');
  });

  it('takes today when today’s time is still ahead, and not once it has begun', () => {
    expect(next(weekly(), '2026-12-08T00:59:00Z').start.toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(next(weekly(), '2026-12-08T01:00:00Z').start.toISOString()).toBe('2026-12-15T01:00:00.000Z');
  });

  it('reads the weekday in the pair’s zone, not in UTC', () => {
    // Monday 23:30 UTC is already Tuesday 08:30 in Tokyo: today’s 10:00 is still ahead.
    expect(next(weekly(), '2026-12-07T23:30:00Z').start.toISOString()).toBe('2026-12-08T01:00:00.000Z');
    // Tuesday 10:00 in Los Angeles is 18:00 UTC.
    const la = weekly({ timeZone: 'America/Los_Angeles' });
    expect(next(la, '2026-12-08T17:00:00Z').start.toISOString()).toBe('2026-12-08T18:00:00.000Z');
  });

  it('keeps the local time across daylight saving: the UTC instant moves by the hour', () => {
    const newYork = weekly({ timeZone: 'America/New_York' });
    // Tuesday 3 March 2026 10:00 EST = 15:00 UTC; DST starts Sunday 8 March.
    const before = next(newYork, '2026-03-02T12:00:00Z');
    expect(before.start.toISOString()).toBe('2026-03-03T15:00:00.000Z');
    const after = next(newYork, before.start.toISOString(), before.start.toISOString());
    expect(after.start.toISOString()).toBe('2026-03-10T14:00:00.000Z');
    // And back in November (DST ends Sunday 1 November 2026).
    const autumn = next(newYork, '2026-10-28T12:00:00Z', '2026-10-27T14:00:00Z');
    expect(autumn.start.toISOString()).toBe('2026-11-03T15:00:00.000Z');
  });

  it('moves a time that the spring-forward night skips to just after the gap', () => {
    // 02:30 on Sunday 8 March 2026 does not exist in New York: 03:30 EDT (07:30 UTC).
    const sunday = weekly({ timeZone: 'America/New_York', weekday: 7, minuteOfDay: 2 * 60 + 30 });
    expect(next(sunday, '2026-03-07T12:00:00Z').start.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('leaves a weekly rhythm’s minimum gap after the last 1on1', () => {
    // Met on Monday 7 December: Tuesday the 8th is too close, so Tuesday the 15th.
    expect(next(weekly(), '2026-12-07T06:00:00Z', '2026-12-07T01:00:00Z').start.toISOString()).toBe(
      '2026-12-15T01:00:00.000Z',
    );
    // Met on Friday 4 December (ad hoc): Tuesday the 8th is four days on, which is enough.
    expect(next(weekly(), '2026-12-04T06:00:00Z', '2026-12-04T01:00:00Z').start.toISOString()).toBe(
      '2026-12-08T01:00:00.000Z',
    );
  });

  it('skips the in-between week of a fortnightly rhythm, counted from the last 1on1', () => {
    const biweekly = weekly({ rhythm: 'biweekly' });
    expect(next(biweekly, '2026-12-08T02:00:00Z', '2026-12-08T01:00:00Z').start.toISOString()).toBe(
      '2026-12-22T01:00:00.000Z',
    );
    // Without a last 1on1 it starts with the first Tuesday.
    expect(next(biweekly, '2026-12-02T03:00:00Z').start.toISOString()).toBe('2026-12-08T01:00:00.000Z');
  });

  it('finds the nth weekday of the month, and the last one', () => {
    const secondTuesday = weekly({ rhythm: 'monthly', weekOfMonth: 2 });
    expect(next(secondTuesday, '2026-12-02T03:00:00Z').start.toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(next(secondTuesday, '2026-12-08T02:00:00Z', '2026-12-08T01:00:00Z').start.toISOString()).toBe(
      '2027-01-12T01:00:00.000Z',
    );
    // The last Friday of January 2027 is the 29th; of February, the 26th.
    const lastFriday = weekly({ rhythm: 'monthly', weekday: FRIDAY, weekOfMonth: 5 });
    expect(next(lastFriday, '2027-01-02T00:00:00Z').start.toISOString()).toBe('2027-01-29T01:00:00.000Z');
    expect(next(lastFriday, '2027-01-29T02:00:00Z', '2027-01-29T01:00:00Z').start.toISOString()).toBe(
      '2027-02-26T01:00:00.000Z',
    );
  });

  it('does not let a late monthly 1on1 push the next one into the same month twice', () => {
    // The December 1on1 slipped to Monday 28 December; January's second Tuesday (12th) is 15 days on.
    const secondTuesday = weekly({ rhythm: 'monthly', weekOfMonth: 2 });
    expect(next(secondTuesday, '2026-12-28T06:00:00Z', '2026-12-28T01:00:00Z').start.toISOString()).toBe(
      '2027-01-12T01:00:00.000Z',
    );
    // Slipped to 30 December: 13 days is too close, so February's second Tuesday.
    expect(next(secondTuesday, '2026-12-30T06:00:00Z', '2026-12-30T01:00:00Z').start.toISOString()).toBe(
      '2027-02-09T01:00:00.000Z',
    );
  });
});

describe('assertCadence', () => {
  const fieldOf = (input: Cadence) => {
    try {
      assertCadence(input);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      return (error as DomainError).field;
    }
  };

  it('accepts a well-formed rhythm', () => {
    expect(fieldOf(weekly())).toBeNull();
    expect(fieldOf(weekly({ rhythm: 'monthly', weekOfMonth: 5 }))).toBeNull();
  });

  it('names the field at fault', () => {
    expect(fieldOf(weekly({ rhythm: 'daily' as Cadence['rhythm'] }))).toBe('rhythm');
    expect(fieldOf(weekly({ weekday: 0 }))).toBe('weekday');
    expect(fieldOf(weekly({ weekday: 8 }))).toBe('weekday');
    expect(fieldOf(weekly({ minuteOfDay: 24 * 60 }))).toBe('minuteOfDay');
    expect(fieldOf(weekly({ minuteOfDay: 10.5 }))).toBe('minuteOfDay');
    expect(fieldOf(weekly({ durationMinutes: 5 }))).toBe('durationMinutes');
    expect(fieldOf(weekly({ durationMinutes: 121 }))).toBe('durationMinutes');
    expect(fieldOf(weekly({ timeZone: 'Mars/Olympus' }))).toBe('timeZone');
    expect(fieldOf(weekly({ rhythm: 'monthly' }))).toBe('weekOfMonth');
    expect(fieldOf(weekly({ rhythm: 'monthly', weekOfMonth: 6 }))).toBe('weekOfMonth');
    expect(fieldOf(weekly({ weekOfMonth: 2 }))).toBe('weekOfMonth');
  });
});
