import { describe, expect, it } from 'vitest';
import type { Memo } from '../../api/types';
import { agendaItemFixture } from '../prepare/agendaItemFixture';
import { meetingReducer, walkingOrder } from './meetingState';
import type { DiceRoll, MeetingSession } from './types';

const memo = (id: string, version: number, body: string, createdAt = '2026-12-02T10:00:00Z'): Memo => ({
  id,
  sessionId: 's1',
  kind: 'shared',
  author: { id: 'manager', displayName: '上司' },
  body,
  createdAt,
  updatedAt: createdAt,
  version,
});

const roll = (seq: number, face = 'weekend'): DiceRoll => ({
  seq,
  face: { id: face, label: { ja: '週末のこと', en: 'The weekend' } },
  rolledBy: { id: 'member', displayName: 'Member' },
  rolledAt: '2026-12-02T10:05:00Z',
});

const item = agendaItemFixture;

const loaded = (overrides: Partial<MeetingSession> = {}): MeetingSession => ({
  id: 's1',
  pairId: 'p1',
  status: 'live',
  scheduledStart: '2026-12-02T10:00:00Z',
  scheduledEnd: '2026-12-02T10:30:00Z',
  manager: { id: 'manager', displayName: '上司', email: null },
  member: { id: 'member', displayName: 'Member', email: null },
  myRole: 'manager',
  joinUrl: null,
  nextSessionId: null,
  agenda: [],
  prepared: false,
  memos: [],
  dice: { latest: null, count: 0 },
  lastEventId: null,
  ...overrides,
});

describe('the meeting state', () => {
  it('is loading (null) until the 1on1 arrives, and ignores every change meanwhile', () => {
    expect(meetingReducer(null, { type: 'memoSaved', memo: memo('m1', 1, 'a') })).toBeNull();
    expect(
      meetingReducer(null, { type: 'event', event: { type: 'dice.rolled', data: { roll: roll(1) } } }),
    ).toBeNull();
    const session = loaded();
    expect(meetingReducer(null, { type: 'loaded', session })).toBe(session);
  });

  it('replaces everything on a reload (a retry after a failed load, or a reconnect)', () => {
    const before = loaded({ memos: [memo('m1', 1, 'old')] });
    const after = loaded({ memos: [memo('m1', 2, 'new')], status: 'ended' });
    expect(meetingReducer(before, { type: 'loaded', session: after })).toBe(after);
  });

  it('keeps the newer memo whichever of our answer and the stream event comes first', () => {
    const v2 = memo('m1', 2, 'second');
    const v3 = memo('m1', 3, 'third');
    let state = meetingReducer(loaded({ memos: [memo('m1', 1, 'first')] }), { type: 'memoSaved', memo: v3 });
    state = meetingReducer(state, {
      type: 'event',
      event: { type: 'memo.changed', data: { change: 'updated', memo: v2 } },
    });
    expect(state?.memos).toEqual([v3]);
    // Applying the same change twice is harmless.
    expect(meetingReducer(state, { type: 'memoSaved', memo: v3 })?.memos).toEqual([v3]);
  });

  it('adds memos in the order they were written, and drops a deleted one from either source', () => {
    const later = memo('m2', 1, 'later', '2026-12-02T10:10:00Z');
    const earlier = memo('m1', 1, 'earlier', '2026-12-02T10:01:00Z');
    let state = meetingReducer(loaded(), { type: 'memoSaved', memo: later });
    state = meetingReducer(state, {
      type: 'event',
      event: { type: 'memo.changed', data: { change: 'added', memo: earlier } },
    });
    expect(state?.memos.map((m) => m.id)).toEqual(['m1', 'm2']);
    state = meetingReducer(state, { type: 'event', event: { type: 'memo.deleted', data: { memoId: 'm1' } } });
    expect(state?.memos.map((m) => m.id)).toEqual(['m2']);
    state = meetingReducer(state, { type: 'memoRemoved', memoId: 'm2' });
    expect(state?.memos).toEqual([]);
  });

  it('shows the latest dice roll and counts rolls by sequence, whatever order they arrive in', () => {
    let state = meetingReducer(loaded(), { type: 'rolled', roll: roll(3, 'food') });
    state = meetingReducer(state, { type: 'event', event: { type: 'dice.rolled', data: { roll: roll(2) } } });
    expect(state?.dice).toEqual({ latest: roll(3, 'food'), count: 3 });
  });

  it('follows the status, but an ended 1on1 stays ended (a late "live" cannot reopen it)', () => {
    let state = meetingReducer(loaded({ status: 'planned' }), { type: 'status', status: 'live' });
    expect(state?.status).toBe('live');
    state = meetingReducer(state, {
      type: 'event',
      event: { type: 'session.status', data: { status: 'ended' } },
    });
    expect(state?.status).toBe('ended');
    expect(meetingReducer(state, { type: 'status', status: 'live' })?.status).toBe('ended');
  });

  it('leaves agenda events to a refetch, then takes the fetched agenda', () => {
    const state = loaded({ agenda: [item('a1', 'member', 0)] });
    expect(meetingReducer(state, { type: 'event', event: { type: 'agenda.changed', data: {} } })).toBe(state);
    const fresh = [item('a1', 'member', 0), item('a2', 'manager', 0)];
    expect(meetingReducer(state, { type: 'agenda', agenda: fresh })?.agenda).toEqual(fresh);
  });
});

describe('walkingOrder', () => {
  it("walks the member's items first, then the manager's, each by position", () => {
    const items = [
      item('m2', 'manager', 1),
      item('b', 'member', 1),
      item('m1', 'manager', 0),
      item('a', 'member', 0),
    ];
    expect(walkingOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'm1', 'm2']);
  });
});
