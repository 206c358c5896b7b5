import { describe, expect, it } from 'vitest';
import {
  assertCheckinDue,
  assertMayCheckIn,
  checkinContentVisibleTo,
  nextCheckinAllowedAt,
  scoreCheckin,
  stageTrend,
  validateAnswers,
} from './checkin.js';
import { DomainError } from './errors.js';

const answers = Array.from({ length: 16 }, () => 4);

describe('check-in rules', () => {
  it('is answered by the member only', () => {
    expect(() => assertMayCheckIn('member')).not.toThrow();
    expect(() => assertMayCheckIn('manager')).toThrow(DomainError);
  });

  it('needs 16 whole answers from 1 to 5 and names the field at fault', () => {
    expect(validateAnswers(answers)).toEqual(answers);
    expect(() => validateAnswers(answers.slice(1))).toThrow(expect.objectContaining({ field: 'answers' }));
    expect(() => validateAnswers([...answers.slice(0, 15), 6])).toThrow(
      expect.objectContaining({ field: 'answers.15' }),
    );
    expect(() => validateAnswers([0, ...answers.slice(1)])).toThrow(
      expect.objectContaining({ field: 'answers.0' }),
    );
    expect(() => validateAnswers([2.5, ...answers.slice(1)])).toThrow(DomainError);
  });

  it('scores with the stage rule', () => {
    expect(scoreCheckin([1, 1, ...answers.slice(2)]).stage.id).toBe('outcome');
    expect(scoreCheckin(answers).stage.id).toBe('wariness');
  });

  it('opens the next check-in a calendar month later, clamped to short months', () => {
    expect(nextCheckinAllowedAt(new Date('2026-01-15T09:00:00Z')).toISOString()).toBe(
      '2026-02-15T09:00:00.000Z',
    );
    expect(nextCheckinAllowedAt(new Date('2026-01-31T09:00:00Z')).toISOString()).toBe(
      '2026-02-28T09:00:00.000Z',
    );
    expect(nextCheckinAllowedAt(new Date('2028-01-31T09:00:00Z')).toISOString()).toBe(
      '2028-02-29T09:00:00.000Z',
    );
    expect(nextCheckinAllowedAt(new Date('2026-12-20T00:00:00Z')).toISOString()).toBe(
      '2027-01-20T00:00:00.000Z',
    );
  });

  it('refuses a second check-in within the month, with the time it opens again', () => {
    const last = { answeredAt: new Date('2026-03-10T00:00:00Z') };
    expect(() => assertCheckinDue(null, new Date())).not.toThrow();
    expect(() => assertCheckinDue(last, new Date('2026-04-09T23:59:59Z'))).toThrow(
      expect.objectContaining({
        kind: 'conflict',
        current: { lastAnsweredAt: '2026-03-10T00:00:00.000Z', nextAllowedAt: '2026-04-10T00:00:00.000Z' },
      }),
    );
    expect(() => assertCheckinDue(last, new Date('2026-04-10T00:00:00Z'))).not.toThrow();
  });

  it("keeps the answers the member's own unless shared", () => {
    expect(checkinContentVisibleTo({ sharedWithManager: false }, 'member')).toBe(true);
    expect(checkinContentVisibleTo({ sharedWithManager: false }, 'manager')).toBe(false);
    expect(checkinContentVisibleTo({ sharedWithManager: true }, 'manager')).toBe(true);
  });

  it('compares the two latest stages for the trend', () => {
    expect(stageTrend([])).toBe('unknown');
    expect(stageTrend([4])).toBe('unknown');
    expect(stageTrend([5, 4])).toBe('up');
    expect(stageTrend([3, 4, 9])).toBe('down');
    expect(stageTrend([4, 4])).toBe('steady');
  });
});
