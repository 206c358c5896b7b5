/** Where the clock stands against the scheduled 1on1, in whole minutes. */
export type Timing =
  | { phase: 'before'; minutes: number }
  | { phase: 'running'; minutes: number; wrapUp: boolean }
  | { phase: 'over'; minutes: number };

/** The nudge to wrap up appears this long before the scheduled end (point 4 of the seed). */
export const WRAP_UP_MS = 5 * 60_000;

export function timing(now: Date, start: string, end: string): Timing {
  const toStart = new Date(start).getTime() - now.getTime();
  const toEnd = new Date(end).getTime() - now.getTime();
  if (toStart > 0) return { phase: 'before', minutes: Math.ceil(toStart / 60_000) };
  if (toEnd >= 0)
    return { phase: 'running', minutes: Math.ceil(toEnd / 60_000), wrapUp: toEnd <= WRAP_UP_MS };
  return { phase: 'over', minutes: Math.floor(-toEnd / 60_000) };
}

/** The countdown as a person says it: "in 2 days", "in 10 min", "5 min over" (あと2日, 10分後, 5分超過). */
export type Countdown =
  | { key: 'timer.startsInMinutes' | 'timer.startsInHours' | 'timer.startsInDays'; n: number }
  | { key: 'timer.startsInOneDay' }
  | { key: 'timer.remaining' | 'timer.overtime' | 'timer.overtimeHours'; n: number };

const HOUR = 60;
const DAY = 24 * HOUR;

export function countdown(clock: Timing): Countdown {
  if (clock.phase === 'before') {
    if (clock.minutes < HOUR) return { key: 'timer.startsInMinutes', n: clock.minutes };
    if (clock.minutes < DAY) return { key: 'timer.startsInHours', n: Math.round(clock.minutes / HOUR) };
    const days = Math.round(clock.minutes / DAY);
    return days === 1 ? { key: 'timer.startsInOneDay' } : { key: 'timer.startsInDays', n: days };
  }
  if (clock.phase === 'running') return { key: 'timer.remaining', n: clock.minutes };
  if (clock.minutes < HOUR) return { key: 'timer.overtime', n: clock.minutes };
  return { key: 'timer.overtimeHours', n: Math.floor(clock.minutes / HOUR) };
}
