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
