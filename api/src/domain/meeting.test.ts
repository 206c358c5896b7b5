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
  teamsChatId,
});
const CHAT = '19:meeting_abc@thread.v2';

describe('pickMeetingSession', () => {
  it('prefers the live session over any planned one', () => {
    const sessions = [session('p', 'planned', hours(0)), session('l', 'live', hours(-2))];
    expect(pickMeetingSession(sessions, CHAT, now)?.id).toBe('l');
  });

  it('otherwise takes the planned session nearest now, within twelve hours', () => {
    const sessions = [
      session('far', 'planned', hours(24 * 7)),
      session('soon', 'planned', hours(1)),
      session('earlier', 'planned', hours(-3)),
    ];
    expect(pickMeetingSession(sessions, CHAT, now)?.id).toBe('soon');
    expect(pickMeetingSession([session('far', 'planned', hours(13))], CHAT, now)).toBeNull();
  });

  it('outside a meeting, takes the pair’s next planned 1on1 however far ahead', () => {
    const sessions = [session('later', 'planned', hours(24 * 9)), session('next', 'planned', hours(24 * 2))];
    expect(pickMeetingSession(sessions, null, now)?.id).toBe('next');
    expect(pickMeetingSession(sessions, CHAT, now)).toBeNull();
    expect(pickMeetingSession([session('missed', 'planned', hours(-13))], null, now)).toBeNull();
  });

  it('ignores sessions linked to another meeting chat', () => {
    const sessions = [
      session('other', 'planned', hours(0), '19:meeting_other@thread.v2'),
      session('mine', 'planned', hours(2), CHAT),
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
