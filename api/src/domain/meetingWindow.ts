/**
 * When a planned 1on1 is "now". Dependency-free on purpose: the tab imports this file at build time
 * (tab/src/api/meetingWindow.ts), so the side panel and the server agree on when a 1on1 may start.
 */

/** Opening the meeting this long before the scheduled start already counts as the 1on1. */
export const OPEN_EARLY_MS = 30 * 60_000;
/** …and this long after the scheduled end still does (a 1on1 that started late, or runs over). */
export const OPEN_LATE_MS = 30 * 60_000;

export interface ScheduledTimes {
  scheduledStart: Date;
  scheduledEnd: Date;
}

/** Whether `now` lies in the 1on1's window: from OPEN_EARLY_MS before its start to OPEN_LATE_MS after its end. */
export function inMeetingWindow(session: ScheduledTimes, now: Date): boolean {
  const t = now.getTime();
  return (
    t >= session.scheduledStart.getTime() - OPEN_EARLY_MS &&
    t <= session.scheduledEnd.getTime() + OPEN_LATE_MS
  );
}

/** What may start a 1on1: its Teams meeting starting (bot event), or someone opening its panel. */
export type LiveTrigger = 'meeting_started' | 'opened';

/**
 * When a planned 1on1 becomes live. Its Teams meeting starting is the real thing (the people are in
 * it, whatever the calendar said), so that always counts. Opening the side panel counts only within
 * the 1on1's window, so looking at a 1on1 scheduled days ahead never makes it "live".
 */
export function goesLive(
  session: ScheduledTimes & { status: 'planned' | 'live' | 'ended' },
  trigger: LiveTrigger,
  now: Date,
): boolean {
  if (session.status !== 'planned') return false;
  return trigger === 'meeting_started' || inMeetingWindow(session, now);
}
