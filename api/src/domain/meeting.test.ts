import { describe, expect, it } from 'vitest';
import {
  impromptuSchedule,
  isEventVisibleTo,
  isOneOnOne,
  type MeetingCandidate,
  pairCandidates,
  pickMeetingSession,
  statusRequest,
} from './meeting.js';
import { goesLive, inMeetingWindow } from './meetingWindow.js';

const now = new Date('2026-11-25T09:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const session = (
  id: string,
  status: MeetingCandidate['status'],
  start: Date,
  teamsChatId: string | null = null,
) => ({
  id,
  status,
  scheduledStart: start,
  scheduledEnd: new Date(start.getTime() + 30 * 60_000),
  teamsChatId,
});
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
const CHAT = '19:meeting_abc@thread.v2';

describe('pickMeetingSession', () => {
  it('prefers the live session over any planned one', () => {
    const sessions = [session('p', 'planned', hours(0)), session('l', 'live', hours(-2))];
    expect(pickMeetingSession(sessions, CHAT, now)?.id).toBe('l');
  });

  it('otherwise takes the planned session whose window contains now, the nearest start first', () => {
    const sessions = [
      session('far', 'planned', hours(24 * 7)),
      session('soon', 'planned', minutes(20)),
      session('earlier', 'planned', minutes(-40)),
    ];
    expect(pickMeetingSession(sessions, CHAT, now)?.id).toBe('soon');
  });

  it.each([
    ['starts in 30 minutes (window opens)', 30, true],
    ['starts in 31 minutes', 31, false],
    ['started 60 minutes ago (30 minutes past its end)', -60, true],
    ['started 61 minutes ago', -61, false],
    ['is two days ahead', 2 * 24 * 60, false],
    ['is an hour ahead', 60, false],
  ])('in a meeting, a planned 1on1 that %s is opened: %s (else an ad-hoc one)', (_, offset, opened) => {
    const found = pickMeetingSession([session('p', 'planned', minutes(offset), CHAT)], CHAT, now);
    expect(found?.id ?? null).toBe(opened ? 'p' : null);
  });

  it('outside a meeting, takes the pair’s next planned 1on1 however far ahead', () => {
    const sessions = [session('later', 'planned', hours(24 * 9)), session('next', 'planned', hours(24 * 2))];
    expect(pickMeetingSession(sessions, null, now)?.id).toBe('next');
    expect(pickMeetingSession(sessions, CHAT, now)).toBeNull();
    expect(pickMeetingSession([session('missed', 'planned', hours(-13))], null, now)).toBeNull();
    // Shown, but opening it does not start it (see goesLive).
    const next = pickMeetingSession(sessions, null, now);
    expect(next !== null && goesLive(next, 'opened', now)).toBe(false);
  });

  it('ignores sessions linked to another meeting chat', () => {
    const sessions = [
      session('other', 'planned', hours(0), '19:meeting_other@thread.v2'),
      session('mine', 'planned', minutes(10), CHAT),
    ];
    expect(pickMeetingSession(sessions, CHAT, now)?.id).toBe('mine');
  });

  it("returns this chat's 1on1 that just ended rather than starting another", () => {
    const sessions = [session('done', 'ended', hours(-1), CHAT), session('older', 'ended', hours(-5), CHAT)];
    expect(pickMeetingSession(sessions, CHAT, now)?.id).toBe('done');
    expect(pickMeetingSession([session('done', 'ended', hours(-1), null)], CHAT, now)).toBeNull();
    expect(pickMeetingSession([session('done', 'ended', hours(-1), CHAT)], null, now)).toBeNull();
  });

  it('schedules an impromptu 1on1 from now for thirty minutes', () => {
    expect(impromptuSchedule(now)).toEqual({ scheduledStart: now, scheduledEnd: hours(0.5) });
  });
});

describe('meeting participants and status', () => {
  it('offers the other person of each of the caller’s pairs', () => {
    const misaki = { id: 'm', displayName: 'Misaki', email: null };
    const kenta = { id: 'k', displayName: 'Kenta', email: null };
    const emily = { id: 'e', displayName: 'Emily', email: null };
    const pairs = [
      { id: 'p1', manager: misaki, member: kenta },
      { id: 'p2', manager: emily, member: misaki },
    ];
    expect(pairCandidates(pairs, 'm')).toEqual([
      { pairId: 'p1', myRole: 'manager', other: kenta },
      { pairId: 'p2', myRole: 'member', other: emily },
    ]);
  });

  it('treats more than two participants as not a 1on1', () => {
    expect(isOneOnOne(null)).toBe(true);
    expect(isOneOnOne(2)).toBe(true);
    expect(isOneOnOne(3)).toBe(false);
  });

  it('refuses to start a 1on1 by opening it outside its window, with a stable reason', () => {
    const times = (startOffset: number) => ({
      scheduledStart: minutes(startOffset),
      scheduledEnd: minutes(startOffset + 30),
      now,
    });
    expect(statusRequest('planned', 'live', times(10))).toBe('transition');
    expect(statusRequest('live', 'live', times(2 * 24 * 60))).toBe('unchanged');
    expect(statusRequest('planned', 'ended', times(2 * 24 * 60))).toBe('transition');
    try {
      statusRequest('planned', 'live', times(2 * 24 * 60));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ kind: 'conflict', reason: 'outside-meeting-window' });
    }
  });

  it('makes repeated status requests harmless and refuses to revive an ended 1on1', () => {
    expect(statusRequest('planned', 'live')).toBe('transition');
    expect(statusRequest('live', 'live')).toBe('unchanged');
    expect(statusRequest('planned', 'ended')).toBe('transition');
    expect(statusRequest('ended', 'ended')).toBe('unchanged');
    expect(() => statusRequest('ended', 'live')).toThrow(/ended/);
  });

  it('delivers an addressed event to its addressee only', () => {
    expect(isEventVisibleTo({ memo: {} }, 'a')).toBe(true);
    expect(isEventVisibleTo({ visibleTo: 'a' }, 'a')).toBe(true);
    expect(isEventVisibleTo({ visibleTo: 'a' }, 'b')).toBe(false);
    expect(isEventVisibleTo(null, 'b')).toBe(true);
  });
});

describe('when a 1on1 becomes live', () => {
  const planned = (startOffset: number, length = 30) => ({
    status: 'planned' as const,
    scheduledStart: minutes(startOffset),
    scheduledEnd: minutes(startOffset + length),
  });

  it.each([
    [31, false],
    [30, true],
    [0, true],
    [-30, true],
    [-60, true],
    [-61, false],
    [2 * 24 * 60, false],
  ])('opening the panel %s minutes before the start goes live: %s', (offset, live) => {
    expect(goesLive(planned(offset), 'opened', now)).toBe(live);
    expect(inMeetingWindow(planned(offset), now)).toBe(live);
  });

  it('the meeting starting goes live whatever the calendar said: the people are in it', () => {
    expect(goesLive(planned(90), 'meeting_started', now)).toBe(true);
    expect(goesLive(planned(2 * 24 * 60), 'meeting_started', now)).toBe(true);
  });

  it('never restarts a live or ended 1on1', () => {
    expect(goesLive({ ...planned(0), status: 'live' }, 'opened', now)).toBe(false);
    expect(goesLive({ ...planned(0), status: 'ended' }, 'meeting_started', now)).toBe(false);
  });
});
