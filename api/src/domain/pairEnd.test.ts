import { describe, expect, it } from 'vitest';
import { type EndableSession, sessionsGivenUpOnEnd } from './pairEnd.js';

const END = new Date('2026-12-02T09:00:00Z');

function session(id: string, overrides: Partial<EndableSession> = {}): EndableSession {
  return {
    id,
    status: 'planned',
    scheduledStart: new Date('2026-12-09T01:00:00Z'),
    cancelledAt: null,
    ...overrides,
  };
}

describe('sessionsGivenUpOnEnd', () => {
  it('gives up the planned 1on1s that start after the end', () => {
    const given = sessionsGivenUpOnEnd(
      [session('next-week'), session('tomorrow', { scheduledStart: new Date('2026-12-03T01:00:00Z') })],
      END,
    );
    expect(given.map((s) => s.id)).toEqual(['next-week', 'tomorrow']);
  });

  it('keeps live and ended 1on1s, and planned ones whose start has passed', () => {
    const given = sessionsGivenUpOnEnd(
      [
        session('live', { status: 'live' }),
        session('ended', { status: 'ended' }),
        session('overdue', { scheduledStart: new Date('2026-12-02T08:00:00Z') }),
        session('starting-now', { scheduledStart: END }),
      ],
      END,
    );
    expect(given).toEqual([]);
  });

  it('leaves 1on1s already cancelled alone', () => {
    expect(
      sessionsGivenUpOnEnd([session('gone', { cancelledAt: new Date('2026-12-01T00:00:00Z') })], END),
    ).toEqual([]);
  });
});
