import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { nextAndLast, overlappingSession, validateSchedule } from './session.js';

const at = (iso: string) => new Date(iso);

describe('validateSchedule', () => {
  it('accepts a 30-minute 1on1', () => {
    const schedule = { scheduledStart: at('2026-12-01T01:00:00Z'), scheduledEnd: at('2026-12-01T01:30:00Z') };
    expect(validateSchedule(schedule)).toBe(schedule);
  });

  it.each([
    ['2026-12-01T01:00:00Z', '2026-12-01T00:30:00Z', 'scheduledEnd'],
    ['2026-12-01T01:00:00Z', '2026-12-01T01:04:00Z', 'scheduledEnd'],
    ['2026-12-01T01:00:00Z', '2026-12-01T09:01:00Z', 'scheduledEnd'],
    ['garbage', '2026-12-01T01:30:00Z', 'scheduledStart'],
  ])('refuses %s → %s naming %s', (start, end, field) => {
    try {
      validateSchedule({ scheduledStart: at(start), scheduledEnd: at(end) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe(field);
    }
  });
});

describe('nextAndLast', () => {
  const now = at('2026-11-25T09:00:00Z');
  const session = (id: string, iso: string, status: 'planned' | 'live' | 'ended') => ({
    id,
    status,
    scheduledStart: at(iso),
  });

  it('picks the earliest upcoming session and the latest ended one', () => {
    const result = nextAndLast(
      [
        session('old', '2026-11-01T09:00:00Z', 'ended'),
        session('later', '2026-12-09T09:00:00Z', 'planned'),
        session('recent', '2026-11-18T09:00:00Z', 'ended'),
        session('soon', '2026-12-02T09:00:00Z', 'planned'),
      ],
      now,
    );
    expect(result.next?.id).toBe('soon');
    expect(result.last?.id).toBe('recent');
  });

  it('prefers a live session, and keeps a 1on1 that started within the hour as next', () => {
    expect(
      nextAndLast(
        [session('live', '2026-11-25T07:00:00Z', 'live'), session('soon', '2026-12-02T09:00:00Z', 'planned')],
        now,
      ).next?.id,
    ).toBe('live');
    expect(nextAndLast([session('now', '2026-11-25T08:30:00Z', 'planned')], now).next?.id).toBe('now');
  });

  it('does not call a 1on1 that never happened "next"', () => {
    expect(nextAndLast([session('missed', '2026-11-20T09:00:00Z', 'planned')], now)).toEqual({
      next: null,
      last: null,
    });
  });

  it('skips a cancelled 1on1 (its event was cancelled, or its pair ended)', () => {
    const cancelled = { ...session('off', '2026-12-02T09:00:00Z', 'planned'), cancelledAt: now };
    expect(nextAndLast([cancelled, session('later', '2026-12-09T09:00:00Z', 'planned')], now).next?.id).toBe(
      'later',
    );
  });
});

describe('overlappingSession (no double booking of a pair)', () => {
  const planned = {
    id: 'p',
    status: 'planned' as const,
    scheduledStart: at('2026-12-01T01:00:00Z'),
    scheduledEnd: at('2026-12-01T01:30:00Z'),
  };
  const slot = (start: string, end: string) => ({ scheduledStart: at(start), scheduledEnd: at(end) });

  it.each([
    ['the same slot', '2026-12-01T01:00:00Z', '2026-12-01T01:30:00Z'],
    ['one minute into it', '2026-12-01T01:29:00Z', '2026-12-01T02:00:00Z'],
    ['ending a minute after it starts', '2026-12-01T00:30:00Z', '2026-12-01T01:01:00Z'],
    ['inside it', '2026-12-01T01:10:00Z', '2026-12-01T01:20:00Z'],
    ['around it', '2026-12-01T00:00:00Z', '2026-12-01T03:00:00Z'],
  ])('refuses %s, naming the existing 1on1', (_, start, end) => {
    expect(overlappingSession([planned], slot(start, end))).toBe(planned);
  });

  it.each([
    ['right after (back to back)', '2026-12-01T01:30:00Z', '2026-12-01T02:00:00Z'],
    ['right before (back to back)', '2026-12-01T00:30:00Z', '2026-12-01T01:00:00Z'],
    ['on another day', '2026-12-02T01:00:00Z', '2026-12-02T01:30:00Z'],
  ])('accepts %s', (_, start, end) => {
    expect(overlappingSession([planned], slot(start, end))).toBeNull();
  });

  it('counts a live 1on1 but not an ended one, and names the earliest clash', () => {
    const ended = { ...planned, id: 'e', status: 'ended' as const };
    const live = { ...planned, id: 'l', status: 'live' as const };
    expect(overlappingSession([ended], slot('2026-12-01T01:00:00Z', '2026-12-01T01:30:00Z'))).toBeNull();
    expect(overlappingSession([ended, live], slot('2026-12-01T01:00:00Z', '2026-12-01T01:30:00Z'))).toBe(
      live,
    );
    const later = {
      ...planned,
      id: 'later',
      scheduledStart: at('2026-12-01T02:00:00Z'),
      scheduledEnd: at('2026-12-01T02:30:00Z'),
    };
    expect(overlappingSession([later, planned], slot('2026-12-01T00:00:00Z', '2026-12-01T03:00:00Z'))).toBe(
      planned,
    );
  });
});
