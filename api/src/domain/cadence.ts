import { invalid } from './errors.js';
import { assertTimeZone, type Interval, localParts, zonedInstant } from './slots.js';

/**
 * A pair's rhythm: when their 1on1s recur. Wall-clock time in the pair's time zone, so a weekly
 * 10:00 in New York stays 10:00 across daylight saving (its UTC instant moves instead).
 */
export const CADENCE_RHYTHMS = ['weekly', 'biweekly', 'monthly'] as const;
export type CadenceRhythm = (typeof CADENCE_RHYTHMS)[number];

/** For a monthly rhythm: the weekday's ordinal in its month; 5 is the last one, whatever its number. */
export const LAST_WEEK_OF_MONTH = 5;

export interface Cadence {
  rhythm: CadenceRhythm;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local minutes after midnight. */
  minuteOfDay: number;
  durationMinutes: number;
  /** IANA zone the weekday and time are in, e.g. `Asia/Tokyo`. */
  timeZone: string;
  /** Monthly only: 1–4 for the first to fourth such weekday, 5 for the last. */
  weekOfMonth: number | null;
}

export const CADENCE_DURATION_MINUTES = { min: 15, max: 120 } as const;

/**
 * Fewer calendar days than this between the last 1on1 and the next one are too close for the
 * rhythm: a weekly pair that met on Monday next meets on the Tuesday a week later, not the next day;
 * a fortnightly pair never meets twice within the same fortnight.
 */
const MINIMUM_GAP_DAYS: Record<CadenceRhythm, number> = { weekly: 4, biweekly: 8, monthly: 15 };

/** How far ahead a slot is looked for; any valid cadence has one well within it. */
const SEARCH_DAYS = 100;

export function assertCadence(input: Cadence): Cadence {
  if (!CADENCE_RHYTHMS.includes(input.rhythm))
    throw invalid('rhythm', `must be one of ${CADENCE_RHYTHMS.join(', ')}`);
  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 7)
    throw invalid('weekday', 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)');
  if (!Number.isInteger(input.minuteOfDay) || input.minuteOfDay < 0 || input.minuteOfDay >= 24 * 60)
    throw invalid('minuteOfDay', 'must be a whole number of minutes after midnight, from 0 to 1439');
  const { min, max } = CADENCE_DURATION_MINUTES;
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < min || input.durationMinutes > max)
    throw invalid('durationMinutes', `must be a whole number of minutes from ${min} to ${max}`);
  assertTimeZone(input.timeZone);
  if (input.rhythm === 'monthly') {
    const week = input.weekOfMonth;
    if (week === null || !Number.isInteger(week) || week < 1 || week > LAST_WEEK_OF_MONTH)
      throw invalid(
        'weekOfMonth',
        `a monthly rhythm needs the week of the month, 1 to 4, or ${LAST_WEEK_OF_MONTH} for the last`,
      );
  } else if (input.weekOfMonth !== null) {
    throw invalid('weekOfMonth', 'only a monthly rhythm has a week of the month');
  }
  return input;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Calendar arithmetic on UTC dates: they only name local dates, so DST cannot shift them. */
function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );
}

function isoWeekday(date: LocalDate): number {
  return ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
}

function daysInMonth(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
}

/** Whether the date is a day of the rhythm, ignoring how far it is from the last 1on1. */
function isRhythmDay(cadence: Cadence, date: LocalDate): boolean {
  if (isoWeekday(date) !== cadence.weekday) return false;
  if (cadence.rhythm !== 'monthly') return true;
  if (cadence.weekOfMonth === LAST_WEEK_OF_MONTH) return date.day + 7 > daysInMonth(date);
  return Math.ceil(date.day / 7) === cadence.weekOfMonth;
}

/**
 * The next 1on1 of a rhythm: the first day of the rhythm, at its local time, that starts after
 * `now` and is at least the rhythm's minimum gap (in the pair's calendar days) after the last 1on1.
 * Without a last 1on1, the first such day after `now`. A local time that a DST change skips becomes
 * the time just after the gap (02:30 on the spring-forward night → 03:30).
 */
export function nextCadenceSlot(
  cadence: Cadence,
  context: { now: Date; previousStart: Date | null },
): Interval {
  const today = localParts(context.now, cadence.timeZone);
  const previous =
    context.previousStart === null ? null : localParts(context.previousStart, cadence.timeZone);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(today, offset);
    if (!isRhythmDay(cadence, date)) continue;
    if (previous !== null && daysBetween(previous, date) < MINIMUM_GAP_DAYS[cadence.rhythm]) continue;
    const start = zonedInstant(date, cadence.minuteOfDay, cadence.timeZone);
    if (start.getTime() <= context.now.getTime()) continue;
    return { start, end: new Date(start.getTime() + cadence.durationMinutes * 60_000) };
  }
  // assertCadence admits no rhythm without a day in SEARCH_DAYS: reaching here is a broken invariant.
  throw new Error(`no ${cadence.rhythm} slot within ${SEARCH_DAYS} days`);
}
