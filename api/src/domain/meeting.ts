import { conflict, DomainError } from './errors.js';
import { goesLive, inMeetingWindow } from './meetingWindow.js';
import type { Pair, PairRole } from './pair.js';
import { nextAndLast, type SessionSchedule, type SessionStatus } from './session.js';

/**
 * A Teams meeting tab finds its 1on1 from the meeting chat. A recurring 1on1 keeps one chat for
 * every occurrence, so the chat identifies the pair and the clock picks the occurrence.
 */
export interface MeetingCandidate {
  id: string;
  status: SessionStatus;
  scheduledStart: Date;
  scheduledEnd: Date;
  /** The chat the session is linked to, if any. */
  teamsChatId: string | null;
}

/** How far from now an ended session of this chat still counts as this meeting's occurrence. */
export const OCCURRENCE_WINDOW_MS = 12 * 60 * 60_000;
/** A 1on1 opened from a meeting with no planned session lasts this long by default. */
export const IMPROMPTU_LENGTH_MS = 30 * 60_000;

/**
 * The session a meeting opened now belongs to:
 * 1. the live one;
 * 2. else the planned one whose window contains now (see `inMeetingWindow`: from 30 minutes before
 *    its start to 30 minutes after its end), unlinked or linked to this chat — the nearest start wins;
 * 3. outside a meeting (browser, personal tab) the pair's next 1on1 however far ahead, shown but not
 *    started (see `goesLive`);
 * 4. in a meeting, this chat's 1on1 that ended within twelve hours, so reopening the tab after
 *    "end 1on1" shows it instead of starting another.
 * Null means a new, ad-hoc 1on1 starting now: a meeting held outside any planned 1on1's window is
 * a 1on1 of its own, and a 1on1 planned for another day stays planned.
 */
export function pickMeetingSession<S extends MeetingCandidate>(
  sessions: readonly S[],
  chatId: string | null,
  now: Date,
): S | null {
  const usable = sessions.filter(
    (s) => s.teamsChatId === null || chatId === null || s.teamsChatId === chatId,
  );
  const distance = (s: S) => Math.abs(s.scheduledStart.getTime() - now.getTime());
  const live = usable.filter((s) => s.status === 'live').sort((a, b) => distance(a) - distance(b))[0];
  if (live !== undefined) return live;
  const planned = usable
    .filter((s) => s.status === 'planned' && inMeetingWindow(s, now))
    .sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id))[0];
  if (planned !== undefined) return planned;
  if (chatId === null) {
    const { next } = nextAndLast(usable, now);
    if (next !== null) return next;
  }
  const ended = usable
    .filter(
      (s) =>
        s.status === 'ended' &&
        s.teamsChatId === chatId &&
        chatId !== null &&
        distance(s) <= OCCURRENCE_WINDOW_MS,
    )
    .sort((a, b) => b.scheduledStart.getTime() - a.scheduledStart.getTime())[0];
  return ended ?? null;
}

/** A 1on1 that starts now, for a meeting that had nothing planned. */
export function impromptuSchedule(now: Date): SessionSchedule {
  return { scheduledStart: now, scheduledEnd: new Date(now.getTime() + IMPROMPTU_LENGTH_MS) };
}

export interface PairCandidate {
  pairId: string;
  myRole: PairRole;
  other: Pair['member'];
}

/** The caller's pairs as choices for "who is this meeting with?". */
export function pairCandidates(
  pairs: ReadonlyArray<Pick<Pair, 'id' | 'manager' | 'member'>>,
  userId: string,
): PairCandidate[] {
  return pairs.flatMap((pair): PairCandidate[] => {
    if (pair.manager.id === userId) return [{ pairId: pair.id, myRole: 'manager', other: pair.member }];
    if (pair.member.id === userId) return [{ pairId: pair.id, myRole: 'member', other: pair.manager }];
    return [];
  });
}

/** Taiwa is for two people; a meeting with more is not a 1on1. */
export function isOneOnOne(participantCount: number | null): boolean {
  return participantCount === null || participantCount <= 2;
}

/**
 * What asking for a status means: going live twice or ending twice changes nothing (both people
 * may press the button); going live after the end is refused, and so is going live by opening the
 * panel outside the 1on1's window (`goesLive`): a 1on1 days ahead stays planned.
 */
export function statusRequest(
  current: SessionStatus,
  requested: 'live' | 'ended',
  opened?: { scheduledStart: Date; scheduledEnd: Date; now: Date },
): 'transition' | 'unchanged' {
  if (current === requested) return 'unchanged';
  if (requested === 'live' && current === 'ended')
    throw conflict('this 1on1 has ended; it cannot go live again');
  if (
    requested === 'live' &&
    opened !== undefined &&
    !goesLive({ ...opened, status: current }, 'opened', opened.now)
  ) {
    throw new DomainError(
      'conflict',
      'this 1on1 is not due yet: it starts when its meeting starts, or when it is opened within 30 minutes of its time',
      undefined,
      undefined,
      'outside-meeting-window',
    );
  }
  return 'transition';
}

/**
 * Whether a session event may reach this participant: events addressed to one person (a private
 * memo's) reach only them.
 */
export function isEventVisibleTo(payload: unknown, viewerId: string): boolean {
  if (typeof payload !== 'object' || payload === null || !('visibleTo' in payload)) return true;
  const audience = (payload as { visibleTo?: unknown }).visibleTo;
  return audience === undefined || audience === viewerId;
}
