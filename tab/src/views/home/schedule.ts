// The API's own reading of a wall clock in a zone, imported at build time like tab/src/api/limits.ts.
import { localParts } from '../../../../api/src/domain/slots';
import type { NewSession } from '../../api/types';

/** What the schedule form holds: a wall-clock date and time in `timeZone`, and a length. */
export interface ScheduleFields {
  /** YYYY-MM-DD, as <input type="date"> gives it. */
  date: string;
  /** HH:MM (24 h), as <input type="time"> gives it. */
  time: string;
  durationMinutes: number;
  /** IANA zone the date and time are meant in, e.g. Asia/Tokyo. */
  timeZone: string;
}

export type ScheduleProblem = 'invalidDate' | 'invalidTime' | 'nonexistentTime' | 'inPast' | 'duration';

export type ScheduleResult = { ok: true; body: NewSession } | { ok: false; problem: ScheduleProblem };

export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 8 * 60;

/** The zone this browser (or the Teams/Outlook client it runs in) uses for the user's clock. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall-clock reading in `timeZone` at instant `ms`, expressed as if it were UTC. */
function wallClockAsUtc(ms: number, timeZone: string): number {
  const local = localParts(new Date(ms), timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

const offsetAt = (ms: number, timeZone: string) => wallClockAsUtc(ms, timeZone) - ms;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time in `timeZone` denotes. Where clocks go back and the time occurs
 * twice, the earlier one; where clocks jump forward and it never occurs, `nonexistent`.
 */
export function zonedTimeToInstant(
  date: string,
  time: string,
  timeZone: string,
): { ok: true; instant: Date } | { ok: false; problem: 'invalidDate' | 'invalidTime' | 'nonexistentTime' } {
  const d = DATE.exec(date);
  if (!d) return { ok: false, problem: 'invalidDate' };
  const t = TIME.exec(time);
  if (!t) return { ok: false, problem: 'invalidTime' };
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return { ok: false, problem: 'invalidTime' };
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, problem: 'invalidDate' };
  }
  // Two rounds find the offset in force at the answer itself, not at the naive guess.
  const instant = wall - offsetAt(wall - offsetAt(wall, timeZone), timeZone);
  if (wallClockAsUtc(instant, timeZone) !== wall) return { ok: false, problem: 'nonexistentTime' };
  return { ok: true, instant: new Date(instant) };
}

/** The request body for POST /pairs/:id/sessions, or what is wrong with the form. */
export function toNewSession(fields: ScheduleFields, now: Date): ScheduleResult {
  const start = zonedTimeToInstant(fields.date, fields.time, fields.timeZone);
  if (!start.ok) return start;
  const minutes = fields.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
    return { ok: false, problem: 'duration' };
  }
  if (start.instant.getTime() <= now.getTime()) return { ok: false, problem: 'inPast' };
  const end = new Date(start.instant.getTime() + minutes * 60_000);
  return { ok: true, body: { scheduledStart: start.instant.toISOString(), scheduledEnd: end.toISOString() } };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A sensible first suggestion: tomorrow at 10:00, 30 minutes, in the user's zone. */
export function defaultScheduleFields(now: Date, timeZone: string): ScheduleFields {
  const today = new Date(wallClockAsUtc(now.getTime(), timeZone));
  const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1));
  return {
    date: `${tomorrow.getUTCFullYear()}-${pad(tomorrow.getUTCMonth() + 1)}-${pad(tomorrow.getUTCDate())}`,
    time: '10:00',
    durationMinutes: 30,
    timeZone,
  };
}
