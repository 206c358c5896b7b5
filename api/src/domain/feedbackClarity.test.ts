import { describe, expect, it } from 'vitest';
import {
  CLARITY_BATCH,
  clarityBand,
  computeFeedback,
  type Feedback,
  type RatedSession,
  tallyRatedSessions,
} from './feedback.js';

/**
 * The manager opens the feedback after every new rating of their one member (the worst case) and
 * compares what changed: no view may give back a single すっきり度.
 */
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];

function history(clarities: readonly number[]): RatedSession[] {
  return clarities.map((clarity, index) => ({
    sessionId: `s${String(index).padStart(2, '0')}`,
    memberId: 'kenta',
    // Two ratings a month, so batches of three straddle months.
    ratedAt: new Date(Date.UTC(2026, Math.floor(index / 2), 5 + 10 * (index % 2))),
    clarity,
    fits: [{ expectedResponseId: 'listen', fit: 'yes' as const }],
  }));
}

/** Everything the manager sees that depends on すっきり度. */
function clarityView(feedback: Feedback) {
  return JSON.stringify({
    overall: feedback.clarityBand,
    members: feedback.members.map((m) => [m.clarityBand, m.responses.map((r) => r.clarityBand)]),
    responses: feedback.responses.map((r) => r.clarityBand),
    trend: feedback.trend.map((point) => point.clarityBand),
  });
}

/** The view after each new rating, as the manager sees them one after the other. */
function consecutiveViews(clarities: readonly number[]): string[] {
  const all = history(clarities);
  return all.map((_, n) => clarityView(computeFeedback(tallyRatedSessions(all.slice(0, n + 1)), MONTHS)));
}

describe('すっきり度 for the manager cannot be inverted', () => {
  it('does not give back a 1 after three 4s (today 4 → 3.25 did)', () => {
    expect(consecutiveViews([4, 4, 4, 1])).toEqual(consecutiveViews([4, 4, 4, 4]));
    expect(consecutiveViews([4, 4, 4, 1])).toEqual(consecutiveViews([4, 4, 4, 5]));
  });

  it('shows no number at all, only a band', () => {
    const feedback = computeFeedback(tallyRatedSessions(history([1, 2, 5, 3, 4, 0])), MONTHS);
    const text = JSON.stringify(feedback);
    expect(text).not.toMatch(/averageClarity|claritySum/);
    expect(feedback.clarityBand).toBe('middle');
  });

  it('changes only when a batch of three is complete', () => {
    const views = consecutiveViews([0, 0, 0, 5, 5, 5, 2, 2]);
    views.forEach((view, n) => {
      const previous = views[n - 1];
      if (previous !== undefined && (n + 1) % CLARITY_BATCH !== 0)
        expect(view, `rating ${n + 1}`).toBe(previous);
    });
    expect(views[1]).toBe(views[0]);
    expect(views[2]).not.toBe(views[1]);
  });

  it('leaves every single rating ambiguous in every sequence of consecutive views', () => {
    let state = 7;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const samples = [
      [0, 0, 0, 0, 0, 0],
      [5, 5, 5, 5, 5, 5],
      [4, 4, 4, 1, 4, 4],
      ...Array.from({ length: 25 }, () =>
        Array.from({ length: 6 + Math.floor(random() * 2) }, () => Math.floor(random() * 6)),
      ),
    ];
    for (const clarities of samples) {
      const seen = consecutiveViews(clarities).join('\n');
      for (let i = 0; i < clarities.length; i++) {
        const batchStart = i - (i % CLARITY_BATCH);
        let ambiguous = false;
        // Another batch (any three scores) in which rating i differs, with every view the same.
        for (let code = 0; code < 6 ** CLARITY_BATCH && !ambiguous; code++) {
          const batch = [code % 6, Math.floor(code / 6) % 6, Math.floor(code / 36) % 6];
          const other = [...clarities];
          batch.forEach((value, k) => {
            if (batchStart + k < other.length) other[batchStart + k] = value;
          });
          if (other[i] === clarities[i]) continue;
          ambiguous = consecutiveViews(other).join('\n') === seen;
        }
        expect(ambiguous, `rating ${i + 1} of ${clarities.join(',')}`).toBe(true);
      }
    }
  });

  it('puts averages into bands at 2.5 and 4', () => {
    expect(clarityBand(0, 0)).toBeNull();
    expect(clarityBand(5, 2)).toBeNull();
    expect(clarityBand(7, 3)).toBe('low');
    expect(clarityBand(7.5, 3)).toBe('middle');
    expect(clarityBand(11, 3)).toBe('middle');
    expect(clarityBand(12, 3)).toBe('high');
  });
});
