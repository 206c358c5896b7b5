/**
 * When the bot reminds and follows up. The member is reminded the day before and again a
 * tenant-chosen number of minutes before; a reminder whose moment has passed is not sent late.
 */
export type ReminderTiming = 'dayBefore' | 'soon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface PlannedReminder {
  timing: ReminderTiming;
  at: Date;
}

export function plannedReminders(scheduledStart: Date, leadMinutes: number, now: Date): PlannedReminder[] {
  const start = scheduledStart.getTime();
  const candidates: PlannedReminder[] = [
    { timing: 'dayBefore', at: new Date(start - DAY_MS) },
    { timing: 'soon', at: new Date(start - Math.max(0, leadMinutes) * MINUTE_MS) },
  ];
  // The "soon" reminder replaces the day-before one when the lead time is a day or more.
  const distinct =
    leadMinutes * MINUTE_MS >= DAY_MS ? candidates.filter((c) => c.timing === 'soon') : candidates;
  // Only reminders still ahead; a 1on1 booked for in two hours gets just the "soon" one.
  return distinct.filter(
    (reminder) => reminder.at.getTime() > now.getTime() - MINUTE_MS && reminder.at.getTime() < start,
  );
}

/** How far ahead the planner looks: far enough to catch every day-before reminder in time. */
export const REMINDER_HORIZON_MS = DAY_MS + 60 * MINUTE_MS;

/**
 * The seed asks that the next date be set before it is forgotten: one working day after the 1on1
 * (Saturday and Sunday skipped, counted in UTC+9, the product's home time zone) the pair is nudged.
 */
export function nextWorkingDay(endedAt: Date): Date {
  const offsetMs = 9 * 60 * MINUTE_MS;
  let at = endedAt.getTime() + DAY_MS;
  for (;;) {
    const weekday = new Date(at + offsetMs).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return new Date(at);
    at += DAY_MS;
  }
}
