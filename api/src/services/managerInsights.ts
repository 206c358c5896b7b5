import type { StagePoint } from '../data/repositories/checkins.js';
import type { TenantData } from '../data/tenantData.js';
import { type Advice, adviceFor, typicalStage } from '../domain/advice.js';
import type { Catalog, CatalogEntry } from '../domain/catalog.js';
import { notFound } from '../domain/errors.js';
import {
  computeFeedback,
  type Feedback,
  type FitHint,
  feedbackWindow,
  fitHintFor,
  type MemberFeedback,
} from '../domain/feedback.js';
import { type TalkTimeShare, talkTimeShare } from '../domain/feedbackTalkTime.js';
import type { Pair } from '../domain/pair.js';
import { participantPair } from './participantSession.js';

const STAGE_HISTORY = 6;
const TALK_TIME_SESSIONS = 10;
const ADVICE_LIMIT = 3;

export interface FeedbackWindow {
  since: Date;
  months: string[];
}

export interface MyInsights {
  window: FeedbackWindow;
  feedback: Feedback;
  /** The confirmed pairs the actor manages, each with its member's shared stages (newest first). */
  pairs: Array<{ pair: Pair; stages: StagePoint[]; feedback: MemberFeedback | undefined }>;
  advice: Advice[];
  catalog: Catalog;
}

export interface PairInsights {
  pair: Pair;
  window: FeedbackWindow;
  /** The member's shared stages, newest first. */
  stages: StagePoint[];
  memberFeedback: MemberFeedback | undefined;
  /** One per active expected response of the catalog. */
  hints: Array<{ entry: CatalogEntry; hint: FitHint; advice: Advice }>;
  /** For what this member asks for most. */
  advice: Advice[];
  talkTime: Array<{ sessionId: string; scheduledStart: Date; share: TalkTimeShare }>;
  catalog: Catalog;
}

async function loadFeedback(data: TenantData, managerId: string, now: Date) {
  const window = feedbackWindow(now);
  const feedback = computeFeedback(
    await data.insights.feedbackTallies(managerId, window.since),
    window.months,
  );
  return { feedback, window };
}

/** The responses worth advice: weaknesses first, then mixed ones; never one without enough data. */
function needsAdvice(feedback: Feedback): string[] {
  return feedback.responses
    .filter((response) => response.assessment === 'weakness' || response.assessment === 'mixed')
    .slice(0, ADVICE_LIMIT)
    .map((response) => response.expectedResponseId);
}

/** The manager's own engagement feedback across the pairs they manage. */
export async function myInsights(data: TenantData, actorId: string, now: Date): Promise<MyInsights> {
  // A pair the member has not confirmed tells its would-be manager nothing.
  const pairs = (await data.pairs.listForUser(actorId)).filter(
    (pair) => pair.manager.id === actorId && pair.status !== 'pending',
  );
  const [{ feedback, window }, stages, catalog] = await Promise.all([
    loadFeedback(data, actorId, now),
    data.checkins.sharedStagesForPairs(
      pairs.map((pair) => pair.id),
      STAGE_HISTORY,
    ),
    data.catalog.load(),
  ]);
  const typical = typicalStage(pairs.map((pair) => stages.get(pair.id)?.[0]?.stage ?? null));
  return {
    window,
    feedback,
    pairs: pairs.map((pair) => ({
      pair,
      stages: stages.get(pair.id) ?? [],
      feedback: feedback.members.find((member) => member.memberId === pair.member.id),
    })),
    advice: needsAdvice(feedback).map((id) => adviceFor(id, typical)),
    catalog,
  };
}

/** The manager's view of one relationship; to the member (and anyone else) it does not exist. */
export async function pairInsights(
  data: TenantData,
  pairId: string,
  actorId: string,
  now: Date,
): Promise<PairInsights> {
  const { pair, role } = await participantPair(data, pairId, actorId);
  // The feedback is the manager's own: to the member it does not exist.
  if (role !== 'manager') throw notFound('pair insights');
  const [{ feedback, window }, stages, catalog, transcripts] = await Promise.all([
    loadFeedback(data, actorId, now),
    data.checkins.sharedStagesForPairs([pair.id], STAGE_HISTORY),
    data.catalog.load(),
    data.insights.recentTranscripts(pair.id, TALK_TIME_SESSIONS),
  ]);
  const points = stages.get(pair.id) ?? [];
  const stageIndex = points[0]?.stage ?? null;
  const member = feedback.members.find((m) => m.memberId === pair.member.id);
  const speakers = new Map([
    [pair.manager.displayName, pair.manager.id],
    [pair.member.displayName, pair.member.id],
  ]);
  return {
    pair,
    window,
    stages: points,
    memberFeedback: member,
    hints: catalog.expectedResponses
      .filter((entry) => !entry.retired)
      .map((entry) => ({
        entry,
        hint: fitHintFor(feedback, pair.member.id, entry.id),
        advice: adviceFor(entry.id, stageIndex),
      })),
    advice: (member?.responses ?? [])
      .slice(0, 2)
      .map((response) => adviceFor(response.expectedResponseId, stageIndex)),
    talkTime: transcripts.map((transcript) => ({
      sessionId: transcript.sessionId,
      scheduledStart: transcript.scheduledStart,
      share: talkTimeShare(transcript.cues, speakers, [pair.manager.id, pair.member.id]),
    })),
    catalog,
  };
}
