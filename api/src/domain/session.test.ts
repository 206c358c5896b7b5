import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { nextAndLast, validateSchedule } from './session.js';

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
});
