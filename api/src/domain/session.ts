import { invalid } from './errors.js';

export type SessionStatus = 'planned' | 'live' | 'ended';

export interface SessionSchedule {
  scheduledStart: Date;
  scheduledEnd: Date;
}

/** A 1on1 lasts at least five minutes and at most one working day. */
const MIN_MINUTES = 5;
const MAX_MINUTES = 8 * 60;

export function validateSchedule(schedule: SessionSchedule): SessionSchedule {
  const { scheduledStart, scheduledEnd } = schedule;
  if (Number.isNaN(scheduledStart.getTime())) throw invalid('scheduledStart', 'is not a valid date-time');
  if (Number.isNaN(scheduledEnd.getTime())) throw invalid('scheduledEnd', 'is not a valid date-time');
  const minutes = (scheduledEnd.getTime() - scheduledStart.getTime()) / 60_000;
  if (minutes < MIN_MINUTES) {
    throw invalid('scheduledEnd', `must be at least ${MIN_MINUTES} minutes after scheduledStart`);
  }
  if (minutes > MAX_MINUTES) {
    throw invalid('scheduledEnd', `must be at most ${MAX_MINUTES / 60} hours after scheduledStart`);
  }
  return schedule;
}

/**
 * A pair holds one 1on1 at a time: a new one may not overlap a planned or live 1on1 of the same pair
 * (ended ones are history; cancelled ones are not passed in). Back-to-back is fine: an end equal to
 * the other's start is no overlap. Returns the existing 1on1 the schedule collides with, earliest first.
 */
export function overlappingSession<S extends SessionSchedule & { status: SessionStatus }>(
  existing: readonly S[],
  schedule: SessionSchedule,
): S | null {
  const start = schedule.scheduledStart.getTime();
  const end = schedule.scheduledEnd.getTime();
  const clashes = existing
    .filter((session) => session.status !== 'ended')
    .filter((session) => session.scheduledStart.getTime() < end && start < session.scheduledEnd.getTime())
    .sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime());
  return clashes[0] ?? null;
}

export interface SessionTimeline {
  id: string;
  status: SessionStatus;
  scheduledStart: Date;
  /** Set when the 1on1 was called off (its event cancelled, or its pair ended): it is nobody's next. */
  cancelledAt?: Date | null;
}

/**
 * The next 1on1 of a pair is the live one, else the earliest planned one that has not started more
 * than an hour ago (a 1on1 that never happened is overdue, not next) and was not cancelled; the last
 * is the latest ended one.
 */
export function nextAndLast<S extends SessionTimeline>(
  sessions: readonly S[],
  now: Date,
): { next: S | null; last: S | null } {
  const byStart = [...sessions].sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime());
  const ended = byStart.filter((session) => session.status === 'ended');
  const open = byStart.filter(
    (session) => session.status !== 'ended' && (session.status === 'live' || !session.cancelledAt),
  );
  const live = open.find((session) => session.status === 'live');
  const upcoming = open.find((session) => session.scheduledStart.getTime() >= now.getTime() - 60 * 60_000);
  return { next: live ?? upcoming ?? null, last: ended.at(-1) ?? null };
}

/**
 * A 1on1 goes planned → live → ended. It may end without ever going live (the "end 1on1" button in
 * a meeting that never opened the tab); nothing comes back from ended.
 */
export const STATUS_REACHABLE_FROM: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  planned: [],
  live: ['planned'],
  ended: ['planned', 'live'],
};
