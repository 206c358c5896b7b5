import { describe, expect, it } from 'vitest';
import {
  computeFeedback,
  type Fit,
  fitHintFor,
  monthsEndingAt,
  type RatedSession,
  tallyRatedSessions,
} from './feedback.js';

let seq = 0;
function rated(memberId: string, iso: string, clarity: number, fits: Array<[string, Fit]>): RatedSession {
  seq += 1;
  return {
    sessionId: `s${seq}`,
    memberId,
    ratedAt: new Date(iso),
    clarity,
    fits: fits.map(([expectedResponseId, fit]) => ({ expectedResponseId, fit })),
  };
}

/**
 * Kenta asks to be listened to six times: the manager fit twice, partly twice, missed twice.
 * Emily asks for advice four times and it always fit; she asks for a decision twice (too few to judge).
 */
const history: RatedSession[] = [
  rated('kenta', '2026-01-10T01:00:00Z', 2, [['listen', 'no']]),
  rated('kenta', '2026-01-24T01:00:00Z', 3, [
    ['listen', 'partly'],
    ['listen', 'yes'],
  ]),
  rated('kenta', '2026-02-07T01:00:00Z', 4, [['listen', 'yes']]),
  rated('kenta', '2026-02-21T01:00:00Z', 1, [
    ['listen', 'no'],
    ['report', 'yes'],
  ]),
  rated('kenta', '2026-03-07T01:00:00Z', 3, [['listen', 'partly']]),
  rated('emily', '2026-01-15T01:00:00Z', 5, [['advice', 'yes']]),
  rated('emily', '2026-02-15T01:00:00Z', 4, [
    ['advice', 'yes'],
    ['decision', 'no'],
  ]),
  rated('emily', '2026-03-01T01:00:00Z', 5, [
    ['advice', 'yes'],
    ['decision', 'partly'],
  ]),
  rated('emily', '2026-03-15T01:00:00Z', 4, [['advice', 'yes']]),
];
const months = ['2026-01', '2026-02', '2026-03'];
const feedback = computeFeedback(tallyRatedSessions(history), months);
const response = (id: string) => feedback.responses.find((r) => r.expectedResponseId === id);

describe('engagement feedback on a hand-built history', () => {
  it('counts fits per expected response with exact rates', () => {
    expect(response('listen')).toEqual({
      expectedResponseId: 'listen',
      ratings: 6,
      yes: 2,
      partly: 2,
      no: 2,
      fitRate: 0.333,
      fitScore: 0.5,
      sessions: 5,
      // すっきり度 of Kenta's first complete batch (2, 3, 4): middle. His last two ratings wait for a third.
      clarityBand: 'middle',
      assessment: 'mixed',
    });
    expect(response('advice')).toMatchObject({
      ratings: 4,
      yes: 4,
      fitRate: 1,
      fitScore: 1,
      // Emily's first batch (5, 4, 5).
      clarityBand: 'high',
      assessment: 'strength',
    });
  });

  it('claims nothing from fewer than 3 ratings', () => {
    expect(response('decision')).toEqual({
      expectedResponseId: 'decision',
      ratings: 2,
      yes: 0,
      partly: 1,
      no: 1,
      fitRate: null,
      fitScore: null,
      sessions: 2,
      clarityBand: null,
      assessment: 'not_enough_data',
    });
    expect(response('report')).toMatchObject({ ratings: 1, fitRate: null, assessment: 'not_enough_data' });
    expect(feedback.strengths.map((r) => r.expectedResponseId)).toEqual(['advice']);
    expect(feedback.weaknesses).toEqual([]);
  });

  it('orders responses weakest first, the ones without enough data last', () => {
    expect(feedback.responses.map((r) => r.expectedResponseId)).toEqual([
      'listen',
      'advice',
      'decision',
      'report',
    ]);
  });

  it('sums the whole history', () => {
    expect(feedback.sessions).toBe(9);
    // Only the two complete batches count: (2 + 3 + 4 + 5 + 4 + 5) / 6 = 3.83.
    expect(feedback.clarityBand).toBe('middle');
    expect(feedback.overall).toMatchObject({
      ratings: 13,
      yes: 7,
      partly: 3,
      no: 3,
      fitRate: 0.538,
      fitScore: 0.654,
    });
  });

  it('says per member what they ask for and what worked', () => {
    const kenta = feedback.members.find((m) => m.memberId === 'kenta');
    expect(kenta?.sessions).toBe(5);
    expect(kenta?.clarityBand).toBe('middle');
    expect(kenta?.responses.map((r) => [r.expectedResponseId, r.ratings])).toEqual([
      ['listen', 6],
      ['report', 1],
    ]);
    expect(kenta?.worked).toEqual([]);
    const emily = feedback.members.find((m) => m.memberId === 'emily');
    expect(emily?.responses.map((r) => r.expectedResponseId)).toEqual(['advice', 'decision']);
    expect(emily?.worked).toEqual(['advice']);
    expect(emily?.clarityBand).toBe('high');
  });

  it('finds a weakness once the evidence is there', () => {
    const more = [
      ...history,
      rated('kenta', '2026-03-21T01:00:00Z', 1, [
        ['listen', 'no'],
        ['listen', 'no'],
      ]),
    ];
    const result = computeFeedback(tallyRatedSessions(more), months);
    expect(result.weaknesses.map((r) => [r.expectedResponseId, r.fitScore, r.ratings])).toEqual([
      ['listen', 0.375, 8],
    ]);
    expect(result.members.find((m) => m.memberId === 'kenta')?.didNotWork).toEqual(['listen']);
  });

  it('shows the monthly trend, すっきり度 in the month each batch was completed', () => {
    expect(feedback.trend).toEqual([
      { month: '2026-01', sessions: 3, clarityBand: null, ratings: 4, fitRate: 0.5, fitScore: 0.625 },
      { month: '2026-02', sessions: 3, clarityBand: 'middle', ratings: 5, fitRate: 0.6, fitScore: 0.6 },
      { month: '2026-03', sessions: 3, clarityBand: 'high', ratings: 4, fitRate: 0.5, fitScore: 0.75 },
    ]);
    const sparse = computeFeedback(tallyRatedSessions(history.slice(0, 2)), ['2026-01']);
    expect(sparse.trend[0]).toMatchObject({ sessions: 2, clarityBand: null, ratings: 3, fitRate: 0.333 });
  });

  it('gives the hint next to an agenda item: "your fit for listening lately: 2 of 6"', () => {
    expect(fitHintFor(feedback, 'kenta', 'listen')).toEqual({
      expectedResponseId: 'listen',
      overall: { yes: 2, ratings: 6, assessment: 'mixed' },
      withMember: { yes: 2, ratings: 6, assessment: 'mixed' },
      memberAskedTimes: 6,
    });
    expect(fitHintFor(feedback, 'emily', 'listen').withMember).toEqual({
      yes: 0,
      ratings: 0,
      assessment: 'not_enough_data',
    });
  });

  it('is empty, not wrong, without ratings', () => {
    const empty = computeFeedback({ sessions: [], responses: [] }, months);
    expect(empty.sessions).toBe(0);
    expect(empty.clarityBand).toBeNull();
    expect(empty.responses).toEqual([]);
    expect(empty.trend.every((point) => point.sessions === 0 && point.fitRate === null)).toBe(true);
  });
});

describe('monthsEndingAt', () => {
  it('counts back across a year boundary', () => {
    expect(monthsEndingAt(new Date('2026-02-10T00:00:00Z'), 4)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
