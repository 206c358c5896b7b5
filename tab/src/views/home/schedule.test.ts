import { describe, expect, it } from 'vitest';
import { defaultScheduleFields, toNewSession, zonedTimeToInstant } from './schedule';

const instant = (date: string, time: string, zone: string) => {
  const result = zonedTimeToInstant(date, time, zone);
  return result.ok ? result.instant.toISOString() : result.problem;
};

describe('zonedTimeToInstant', () => {
  it('reads the wall clock in the given zone, whatever zone the machine is in', () => {
    expect(instant('2026-11-27', '10:00', 'Asia/Tokyo')).toBe('2026-11-27T01:00:00.000Z');
    expect(instant('2026-11-27', '10:00', 'UTC')).toBe('2026-11-27T10:00:00.000Z');
    expect(instant('2026-07-01', '09:30', 'America/New_York')).toBe('2026-07-01T13:30:00.000Z');
    expect(instant('2026-01-15', '09:30', 'America/New_York')).toBe('2026-01-15T14:30:00.000Z');
    expect(instant('2026-01-01', '00:15', 'Asia/Kolkata')).toBe('2025-12-31T18:45:00.000Z');
  });

  it('refuses a time skipped by a clock change, and takes the earlier of a repeated one', () => {
    expect(instant('2026-03-08', '02:30', 'America/New_York')).toBe('nonexistentTime');
    expect(instant('2026-03-08', '03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(instant('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(instant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('nonexistentTime');
  });

  it('rejects malformed and impossible dates and times', () => {
    expect(instant('2026-02-30', '10:00', 'UTC')).toBe('invalidDate');
    expect(instant('', '10:00', 'UTC')).toBe('invalidDate');
    expect(instant('2026-02-01', '24:00', 'UTC')).toBe('invalidTime');
    expect(instant('2026-02-01', '9:00', 'UTC')).toBe('invalidTime');
  });
});

describe('toNewSession', () => {
  const now = new Date('2026-11-26T00:00:00Z');

  it('builds start and end from date, time and duration', () => {
    expect(
      toNewSession({ date: '2026-11-27', time: '10:00', durationMinutes: 45, timeZone: 'Asia/Tokyo' }, now),
    ).toEqual({
      ok: true,
      body: { scheduledStart: '2026-11-27T01:00:00.000Z', scheduledEnd: '2026-11-27T01:45:00.000Z' },
    });
  });

  it('refuses the past and durations the server would refuse', () => {
    const fields = { date: '2026-11-26', time: '08:59', durationMinutes: 30, timeZone: 'Asia/Tokyo' };
    expect(toNewSession(fields, now)).toEqual({ ok: false, problem: 'inPast' });
    const tomorrow = { ...fields, date: '2026-11-27' };
    expect(toNewSession({ ...tomorrow, durationMinutes: 4 }, now)).toEqual({
      ok: false,
      problem: 'duration',
    });
    expect(toNewSession({ ...tomorrow, durationMinutes: 481 }, now)).toEqual({
      ok: false,
      problem: 'duration',
    });
    expect(toNewSession({ ...tomorrow, durationMinutes: 480 }, now).ok).toBe(true);
  });
});

describe('defaultScheduleFields', () => {
  it("suggests tomorrow 10:00 by the user's calendar, not UTC's", () => {
    // 23:30 UTC on the 26th is already the 27th in Tokyo.
    const late = new Date('2026-11-26T23:30:00Z');
    expect(defaultScheduleFields(late, 'Asia/Tokyo')).toMatchObject({ date: '2026-11-28', time: '10:00' });
    expect(defaultScheduleFields(late, 'UTC')).toMatchObject({ date: '2026-11-27', durationMinutes: 30 });
    expect(defaultScheduleFields(new Date('2026-12-31T12:00:00Z'), 'UTC').date).toBe('2027-01-01');
  });
});
