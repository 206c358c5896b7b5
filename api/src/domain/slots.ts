import { invalid } from './errors.js';

/**
 * Finding the next 1on1: times when both people are free, inside working hours in the caller's
 * time zone, on working days. Pure arithmetic over instants; time zones come from Intl.
 */

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotSearch {
  /** Nothing is proposed before this instant (now, or the end of the current 1on1 if later). */
  notBefore: Date;
  /** How many calendar days, starting with the day after `notBefore`, to look through. */
  days: number;
  durationMinutes: number;
  /** IANA zone the working hours are in, e.g. `Asia/Tokyo`. */
  timeZone: string;
  /** Everything either person is busy with, in any order, overlapping or not. */
  busy: readonly Interval[];
  /** Local minutes after midnight the pair usually meets at; proposals lean towards it. */
  preferredMinuteOfDay: number | null;
  workingHours?: WorkingHours;
}

export interface WorkingHours {
  /** Local minutes after midnight, e.g. 9 * 60. */
  startMinute: number;
  endMinute: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are working days. */
  weekdays: readonly number[];
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  startMinute: 9 * 60,
  endMinute: 18 * 60,
  weekdays: [1, 2, 3, 4, 5],
};
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
export const MAX_SEARCH_DAYS = 31;
export const DEFAULT_SEARCH_DAYS = 14;
/** Candidate starts are on this grid of local time, so proposals read naturally (10:00, 10:30). */
const STEP_MINUTES = 30;
const MINUTE = 60_000;

export function assertTimeZone(timeZone: string, field = 'timeZone'): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw invalid(field, `"${timeZone}" is not an IANA time zone such as Asia/Tokyo`);
  }
  return timeZone;
}

export function assertSearchDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > MAX_SEARCH_DAYS) {
    throw invalid('days', `must be a whole number from 1 to ${MAX_SEARCH_DAYS}`);
  }
  return days;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let existing = formatters.get(timeZone);
  if (existing === undefined) {
    existing = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, existing);
  }
  return existing;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function localParts(instant: Date, timeZone: string): LocalParts & { second: number } {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Tokyo: +9 h). */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local wall-clock time names. A time that occurs twice (the autumn night) is its
 * first occurrence; a time a DST change skips (the spring night) is the time just after the gap,
 * as calendars do (02:30 in New York on 8 March 2026 → 03:30 EDT).
 */
export function zonedInstant(
  date: { year: number; month: number; day: number },
  minuteOfDay: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
  // The offsets either side of a change give the two readings of the wall time.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  const names = (instant: number) => {
    const local = localParts(new Date(instant), timeZone);
    return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) === wall;
  };
  const readings = [first, second].filter(names);
  // No reading names it: the wall time is in a gap, and the later reading is the time after it.
  return new Date(readings.length > 0 ? Math.min(...readings) : Math.max(first, second));
}

function mergeBusy(busy: readonly Interval[]): Array<{ start: number; end: number }> {
  const sorted = busy
    .map((interval) => ({ start: interval.start.getTime(), end: interval.end.getTime() }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

function overlapsBusy(
  start: number,
  end: number,
  busy: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  return busy.some((interval) => interval.start < end && start < interval.end);
}

/** Every free slot on the step grid, grouped by local day, earliest first. */
export function freeSlotsByDay(search: SlotSearch): Interval[][] {
  const hours = search.workingHours ?? DEFAULT_WORKING_HOURS;
  const busy = mergeBusy(search.busy);
  const durationMs = search.durationMinutes * MINUTE;
  const first = localParts(search.notBefore, search.timeZone);
  const days: Interval[][] = [];
  for (let offset = 1; offset <= search.days; offset++) {
    // Calendar arithmetic on a UTC date avoids DST: it only names the local date.
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const localDate = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    if (!hours.weekdays.includes(weekday)) continue;
    const slots: Interval[] = [];
    for (
      let minute = hours.startMinute;
      minute + search.durationMinutes <= hours.endMinute;
      minute += STEP_MINUTES
    ) {
      const start = zonedInstant(localDate, minute, search.timeZone).getTime();
      const end = start + durationMs;
      if (start < search.notBefore.getTime()) continue;
      if (overlapsBusy(start, end, busy)) continue;
      slots.push({ start: new Date(start), end: new Date(end) });
    }
    if (slots.length > 0) days.push(slots);
  }
  return days;
}

/**
 * The best `count` proposals: one per day on the earliest days with room, each the slot closest to
 * the pair's usual time of day (earlier wins a tie), so the choice spreads over days instead of
 * offering three back-to-back half hours.
 */
export function proposeSlots(search: SlotSearch, count = 3): Interval[] {
  const preferred = search.preferredMinuteOfDay;
  return freeSlotsByDay(search)
    .slice(0, count)
    .map((slots) => {
      if (preferred === null) return slots[0] as Interval;
      let best = slots[0] as Interval;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const slot of slots) {
        const local = localParts(slot.start, search.timeZone);
        const distance = Math.abs(local.hour * 60 + local.minute - preferred);
        if (distance < bestDistance) {
          best = slot;
          bestDistance = distance;
        }
      }
      return best;
    });
}

export function minuteOfDay(instant: Date, timeZone: string): number {
  const local = localParts(instant, timeZone);
  return local.hour * 60 + local.minute;
}

/** Whether a chosen slot is still free (both people may have booked something since proposing). */
export function isFree(slot: Interval, busy: readonly Interval[]): boolean {
  return !overlapsBusy(slot.start.getTime(), slot.end.getTime(), mergeBusy(busy));
}
