/**
 * Engagement feedback for a manager, computed from their members' ratings (point 5 of the seed:
 * the manager knows their strengths and weaknesses in engaging, and how to improve with each member).
 *
 * Counting rules:
 * - Every agenda item the member rated counts once for its expected response ("a rating" below):
 *   fit yes, partly or no.
 * - The fit score of a response is (yes + ½·partly) / ratings; the fit rate is yes / ratings, which is
 *   what "2 of 6" says.
 * - Nothing is claimed from fewer than MIN_EVIDENCE ratings (or rated 1on1s, for すっきり度): the
 *   counts are still shown, but rates, averages and strength/weakness are null / `not_enough_data`.
 * - A response is a strength when its fit score is at least STRENGTH_FROM, a weakness when it is below
 *   WEAKNESS_BELOW, and mixed in between.
 * - The すっきり度 of a response is taken over the rated 1on1s that asked for it, each 1on1 once even
 *   when two of its items asked for the same response.
 *
 * すっきり度 never reaches the manager in a form that gives back one rating (the score reaches the
 * manager only through aggregated feedback, never session by session — domain/ratingVisibility.ts):
 * - A member's ratings count for すっきり度 only in complete batches of CLARITY_BATCH, in the order
 *   they were submitted (all time, so the window never splits a batch): the first three form batch 1,
 *   the next three batch 2… A batch belongs to the month its last rating was submitted and is in the
 *   window when that month is. So every figure moves only when a member completes a batch, and then
 *   by whole batches of one member.
 * - The manager sees a band (low / middle / high, CLARITY_BANDS), never an average: even the sum of a
 *   batch (0 + 0 + 0) would give its ratings back, a band does not.
 * Fit answers are counted as they come: they are what the manager asked to learn per item.
 */

export type Fit = 'yes' | 'partly' | 'no';

export const MIN_EVIDENCE = 3;
/** すっきり度 counts only in complete batches of this many ratings of one member. */
export const CLARITY_BATCH = 3;

export type ClarityBand = 'low' | 'middle' | 'high';
/** Bands of an average すっきり度 (0–5): low under 2.5, middle from 2.5 to under 4, high from 4. */
export const CLARITY_BANDS: ReadonlyArray<{ band: ClarityBand; from: number }> = [
  { band: 'high', from: 4 },
  { band: 'middle', from: 2.5 },
  { band: 'low', from: 0 },
];

/** The band of sum / count, or null with nothing counted (counts are whole batches, so ≥ 3 or 0). */
export function clarityBand(sum: number, count: number): ClarityBand | null {
  if (count < CLARITY_BATCH) return null;
  const average = sum / count;
  return CLARITY_BANDS.find((entry) => average >= entry.from)?.band ?? 'low';
}
export const STRENGTH_FROM = 0.75;
export const WEAKNESS_BELOW = 0.5;

/** One rated 1on1 as feedback sees it. */
export interface RatedSession {
  sessionId: string;
  memberId: string;
  ratedAt: Date;
  /** すっきり度, 0–5. */
  clarity: number;
  fits: ReadonlyArray<{ expectedResponseId: string; fit: Fit }>;
}

/**
 * Rated 1on1s of one member in one month (`YYYY-MM`, UTC): `sessions` by the month each was rated,
 * `claritySessions` / `claritySum` the ratings of the complete batches finished that month.
 */
export interface SessionTally {
  memberId: string;
  month: string;
  sessions: number;
  claritySessions: number;
  claritySum: number;
}

/** Ratings of one expected response from one member in one month. */
export interface ResponseTally {
  memberId: string;
  month: string;
  expectedResponseId: string;
  yes: number;
  partly: number;
  no: number;
  /** Distinct rated 1on1s that asked for the response (by the month each was rated). */
  sessions: number;
  /** Those of them in complete batches finished this month, and the sum of their すっきり度. */
  claritySessions: number;
  claritySum: number;
}

/** The aggregate the feedback is computed from; the database produces the same shape with GROUP BY. */
export interface FeedbackTallies {
  sessions: SessionTally[];
  responses: ResponseTally[];
}

export type Assessment = 'strength' | 'weakness' | 'mixed' | 'not_enough_data';

export interface FitFigures {
  ratings: number;
  yes: number;
  partly: number;
  no: number;
  /** yes / ratings; null below MIN_EVIDENCE. */
  fitRate: number | null;
  /** (yes + ½·partly) / ratings; null below MIN_EVIDENCE. */
  fitScore: number | null;
  sessions: number;
  /** Band of the すっきり度 of the 1on1s that asked for it (complete batches only); null without any. */
  clarityBand: ClarityBand | null;
  assessment: Assessment;
}

export interface ResponseFeedback extends FitFigures {
  expectedResponseId: string;
}

export interface MemberFeedback {
  memberId: string;
  sessions: number;
  clarityBand: ClarityBand | null;
  /** What the member asks for, most often first. */
  responses: ResponseFeedback[];
  /** Responses that worked with this member (strengths with at least MIN_EVIDENCE ratings). */
  worked: string[];
  /** Responses that did not (weaknesses with at least MIN_EVIDENCE ratings). */
  didNotWork: string[];
}

export interface TrendPoint {
  month: string;
  sessions: number;
  clarityBand: ClarityBand | null;
  ratings: number;
  fitRate: number | null;
  fitScore: number | null;
}

export interface Feedback {
  sessions: number;
  clarityBand: ClarityBand | null;
  overall: Omit<FitFigures, 'sessions' | 'clarityBand'>;
  /** Every expected response asked for, weakest first among those with enough data. */
  responses: ResponseFeedback[];
  strengths: ResponseFeedback[];
  weaknesses: ResponseFeedback[];
  members: MemberFeedback[];
  trend: TrendPoint[];
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The `count` months ending with the month of `now`, oldest first. */
export function monthsEndingAt(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    months.push(monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))));
  }
  return months;
}

/**
 * The month (`YYYY-MM`) whose すっきり度 each rating counts in: that of its batch's last rating, or
 * none while its batch is incomplete. `rated` holds all of the manager's ratings, in any order.
 */
export function clarityMonths(rated: readonly RatedSession[]): Map<string, string> {
  const byMember = new Map<string, RatedSession[]>();
  for (const session of rated) {
    const own = byMember.get(session.memberId) ?? [];
    own.push(session);
    byMember.set(session.memberId, own);
  }
  const months = new Map<string, string>();
  for (const own of byMember.values()) {
    own.sort(
      (a, b) =>
        a.ratedAt.getTime() - b.ratedAt.getTime() ||
        (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0),
    );
    for (let start = 0; start + CLARITY_BATCH <= own.length; start += CLARITY_BATCH) {
      const batch = own.slice(start, start + CLARITY_BATCH);
      const last = batch[batch.length - 1] as RatedSession;
      for (const session of batch) months.set(session.sessionId, monthOf(last.ratedAt));
    }
  }
  return months;
}

/**
 * Folds rated 1on1s into tallies: the reference the SQL aggregation is tested against. `rated` holds
 * all of the manager's ratings (batches are counted from the first); only what falls in `months`
 * (the window) is tallied.
 */
export function tallyRatedSessions(
  rated: readonly RatedSession[],
  months: ReadonlySet<string> | null = null,
): FeedbackTallies {
  const inWindow = (month: string | undefined) =>
    month !== undefined && (months === null || months.has(month));
  const clarityMonth = clarityMonths(rated);
  const sessions = new Map<string, SessionTally>();
  const responses = new Map<string, ResponseTally>();
  const sessionTally = (memberId: string, month: string) => {
    const key = `${memberId}|${month}`;
    const tally = sessions.get(key) ?? { memberId, month, sessions: 0, claritySessions: 0, claritySum: 0 };
    sessions.set(key, tally);
    return tally;
  };
  const responseTally = (memberId: string, month: string, expectedResponseId: string) => {
    const key = `${memberId}|${month}|${expectedResponseId}`;
    const tally = responses.get(key) ?? {
      memberId,
      month,
      expectedResponseId,
      yes: 0,
      partly: 0,
      no: 0,
      sessions: 0,
      claritySessions: 0,
      claritySum: 0,
    };
    responses.set(key, tally);
    return tally;
  };
  for (const session of rated) {
    const month = monthOf(session.ratedAt);
    const batchMonth = clarityMonth.get(session.sessionId);
    const asked = [...new Set(session.fits.map((f) => f.expectedResponseId))];
    if (inWindow(month)) {
      sessionTally(session.memberId, month).sessions += 1;
      for (const { expectedResponseId, fit } of session.fits) {
        responseTally(session.memberId, month, expectedResponseId)[fit] += 1;
      }
      for (const id of asked) responseTally(session.memberId, month, id).sessions += 1;
    }
    if (batchMonth !== undefined && inWindow(batchMonth)) {
      const tally = sessionTally(session.memberId, batchMonth);
      tally.claritySessions += 1;
      tally.claritySum += session.clarity;
      for (const id of asked) {
        const response = responseTally(session.memberId, batchMonth, id);
        response.claritySessions += 1;
        response.claritySum += session.clarity;
      }
    }
  }
  return { sessions: [...sessions.values()], responses: [...responses.values()] };
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

function rateOrNull(part: number, whole: number): number | null {
  return whole >= MIN_EVIDENCE ? round(part / whole, 3) : null;
}

export function assess(figures: { yes: number; partly: number; no: number }): Assessment {
  const ratings = figures.yes + figures.partly + figures.no;
  if (ratings < MIN_EVIDENCE) return 'not_enough_data';
  const score = (figures.yes + figures.partly / 2) / ratings;
  if (score >= STRENGTH_FROM) return 'strength';
  if (score < WEAKNESS_BELOW) return 'weakness';
  return 'mixed';
}

/** A response tally's figures without whose and when they are: what adds up across members and months. */
type Counts = Omit<ResponseTally, 'memberId' | 'month' | 'expectedResponseId'>;

function emptyCounts(): Counts {
  return { yes: 0, partly: 0, no: 0, sessions: 0, claritySessions: 0, claritySum: 0 };
}

function addCounts(into: Counts, tally: Counts): void {
  into.yes += tally.yes;
  into.partly += tally.partly;
  into.no += tally.no;
  into.sessions += tally.sessions;
  into.claritySessions += tally.claritySessions;
  into.claritySum += tally.claritySum;
}

function figures(counts: Counts): FitFigures {
  const ratings = counts.yes + counts.partly + counts.no;
  return {
    ratings,
    yes: counts.yes,
    partly: counts.partly,
    no: counts.no,
    fitRate: rateOrNull(counts.yes, ratings),
    fitScore: rateOrNull(counts.yes + counts.partly / 2, ratings),
    sessions: counts.sessions,
    clarityBand: clarityBand(counts.claritySum, counts.claritySessions),
    assessment: assess(counts),
  };
}

function byResponse(tallies: readonly ResponseTally[]): ResponseFeedback[] {
  const grouped = new Map<string, Counts>();
  for (const tally of tallies) {
    const counts = grouped.get(tally.expectedResponseId) ?? emptyCounts();
    addCounts(counts, tally);
    grouped.set(tally.expectedResponseId, counts);
  }
  return [...grouped].map(([expectedResponseId, counts]) => ({ expectedResponseId, ...figures(counts) }));
}

/** Weakest first among those with enough data, then the rest by how often they were asked for. */
function weakestFirst(a: ResponseFeedback, b: ResponseFeedback): number {
  if (a.fitScore !== null && b.fitScore !== null && a.fitScore !== b.fitScore) return a.fitScore - b.fitScore;
  if ((a.fitScore === null) !== (b.fitScore === null)) return a.fitScore === null ? 1 : -1;
  return b.ratings - a.ratings || a.expectedResponseId.localeCompare(b.expectedResponseId);
}

function mostAskedFirst(a: ResponseFeedback, b: ResponseFeedback): number {
  return b.ratings - a.ratings || a.expectedResponseId.localeCompare(b.expectedResponseId);
}

/**
 * The manager's feedback over the tallies given (the caller chooses the window), with a monthly trend
 * over `trendMonths` (oldest first).
 */
export function computeFeedback(tallies: FeedbackTallies, trendMonths: readonly string[]): Feedback {
  const responses = byResponse(tallies.responses).sort(weakestFirst);
  const overallCounts = emptyCounts();
  for (const tally of tallies.responses) addCounts(overallCounts, tally);
  const { sessions: _ignored, clarityBand: _alsoIgnored, ...overall } = figures(overallCounts);

  const sessionCount = tallies.sessions.reduce((sum, tally) => sum + tally.sessions, 0);
  const band = (own: readonly SessionTally[]) =>
    clarityBand(
      own.reduce((sum, tally) => sum + tally.claritySum, 0),
      own.reduce((sum, tally) => sum + tally.claritySessions, 0),
    );

  const memberIds = [...new Set(tallies.sessions.map((tally) => tally.memberId))].sort();
  const members = memberIds.map((memberId): MemberFeedback => {
    const own = tallies.sessions.filter((tally) => tally.memberId === memberId);
    const ownSessions = own.reduce((sum, tally) => sum + tally.sessions, 0);
    const ownResponses = byResponse(tallies.responses.filter((tally) => tally.memberId === memberId)).sort(
      mostAskedFirst,
    );
    return {
      memberId,
      sessions: ownSessions,
      clarityBand: band(own),
      responses: ownResponses,
      worked: ownResponses.filter((r) => r.assessment === 'strength').map((r) => r.expectedResponseId),
      didNotWork: ownResponses.filter((r) => r.assessment === 'weakness').map((r) => r.expectedResponseId),
    };
  });

  const trend = trendMonths.map((month): TrendPoint => {
    const monthSessions = tallies.sessions.filter((tally) => tally.month === month);
    const counts = emptyCounts();
    for (const tally of tallies.responses) if (tally.month === month) addCounts(counts, tally);
    const ratings = counts.yes + counts.partly + counts.no;
    const sessions = monthSessions.reduce((sum, tally) => sum + tally.sessions, 0);
    return {
      month,
      sessions,
      clarityBand: band(monthSessions),
      ratings,
      fitRate: rateOrNull(counts.yes, ratings),
      fitScore: rateOrNull(counts.yes + counts.partly / 2, ratings),
    };
  });

  return {
    sessions: sessionCount,
    clarityBand: band(tallies.sessions),
    overall,
    responses,
    strengths: responses.filter((r) => r.assessment === 'strength'),
    weaknesses: responses.filter((r) => r.assessment === 'weakness'),
    members,
    trend,
  };
}

/** The hint beside an agenda item: "your fit for listening lately: 2 of 6". */
export interface FitHint {
  expectedResponseId: string;
  /** With every member. */
  overall: { yes: number; ratings: number; assessment: Assessment };
  /** With this member only. */
  withMember: { yes: number; ratings: number; assessment: Assessment };
  /** How often this member asked for it, among their rated items. */
  memberAskedTimes: number;
}

export function fitHintFor(feedback: Feedback, memberId: string, expectedResponseId: string): FitHint {
  const overall = feedback.responses.find((r) => r.expectedResponseId === expectedResponseId);
  const member = feedback.members.find((m) => m.memberId === memberId);
  const withMember = member?.responses.find((r) => r.expectedResponseId === expectedResponseId);
  return {
    expectedResponseId,
    overall: {
      yes: overall?.yes ?? 0,
      ratings: overall?.ratings ?? 0,
      assessment: overall?.assessment ?? 'not_enough_data',
    },
    withMember: {
      yes: withMember?.yes ?? 0,
      ratings: withMember?.ratings ?? 0,
      assessment: withMember?.assessment ?? 'not_enough_data',
    },
    memberAskedTimes: withMember?.ratings ?? 0,
  };
}

/** Feedback looks at the last FEEDBACK_WINDOW_MONTHS calendar months (UTC), this one included. */
export const FEEDBACK_WINDOW_MONTHS = 12;

export function feedbackWindow(now: Date): { since: Date; months: string[] } {
  const months = monthsEndingAt(now, FEEDBACK_WINDOW_MONTHS);
  return { since: new Date(`${months[0]}-01T00:00:00.000Z`), months };
}
