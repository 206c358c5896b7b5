import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './failures.js';
import { nextSendTime, TEAMS_SEND_LIMITS } from './rateLimit.js';

const t = (ms: number) => new Date(ms);

describe('send rate limits', () => {
  it('lets the 7th send into a conversation go and holds the 8th until the first leaves the window', () => {
    const six = [0, 10, 20, 30, 40, 50].map(t);
    expect(nextSendTime({ tenant: six, conversation: six }, t(100))).toBeNull();
    const seven = [...six, t(60)];
    expect(nextSendTime({ tenant: seven, conversation: seven }, t(100))).toEqual(t(1_000));
  });

  it('holds the 51st send into a tenant', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => t(i * 10));
    expect(nextSendTime({ tenant: fifty, conversation: [] }, t(600))).toEqual(t(1_000));
  });

  it('never lets more than the limit through in any one-second window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_000 }), { maxLength: 60 }), (requests) => {
        const sent: number[] = [];
        for (const at of [...requests].sort((a, b) => a - b)) {
          const times = sent.map(t);
          if (nextSendTime({ tenant: times, conversation: times }, t(at)) === null) sent.push(at);
        }
        for (const start of sent) {
          const inWindow = sent.filter((at) => at >= start && at < start + TEAMS_SEND_LIMITS.windowMs);
          expect(inWindow.length).toBeLessThanOrEqual(TEAMS_SEND_LIMITS.perConversation);
        }
      }),
    );
  });
});

describe('retry delays', () => {
  it('grow with each attempt, with jitter, and never come before Retry-After', () => {
    expect(retryDelayMs(1, null, () => 0)).toBe(1_000);
    expect(retryDelayMs(3, null, () => 1)).toBe(8_000);
    expect(retryDelayMs(20, null, () => 1)).toBe(15 * 60_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 120_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, retryAfter, r) => {
          expect(retryDelayMs(attempt, retryAfter, () => r)).toBeGreaterThanOrEqual(retryAfter);
        },
      ),
    );
  });
});
