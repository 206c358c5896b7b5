import { describe, expect, it } from 'vitest';
import { afterRefusal, REFUSALS_BEFORE_STOPPING } from './calendarWatch.js';

describe('the calendar watch after Microsoft 365 refuses', () => {
  const now = new Date('2026-12-01T00:00:00Z');

  it('waits an hour, then four, and stops at the third refusal', () => {
    expect(afterRefusal(1, now)).toEqual({ kind: 'retry', at: new Date('2026-12-01T01:00:00Z') });
    expect(afterRefusal(2, now)).toEqual({ kind: 'retry', at: new Date('2026-12-01T04:00:00Z') });
    expect(afterRefusal(REFUSALS_BEFORE_STOPPING, now)).toEqual({ kind: 'stop' });
    expect(afterRefusal(REFUSALS_BEFORE_STOPPING + 5, now)).toEqual({ kind: 'stop' });
  });

  it('never asks sooner than the regular 15-minute re-check', () => {
    for (let refusals = 1; refusals < REFUSALS_BEFORE_STOPPING; refusals++) {
      const next = afterRefusal(refusals, now);
      expect(next.kind).toBe('retry');
      if (next.kind === 'retry')
        expect(next.at.getTime() - now.getTime()).toBeGreaterThanOrEqual(15 * 60_000);
    }
  });
});
