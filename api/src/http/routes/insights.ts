import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import type { StagePoint } from '../../data/repositories/checkins.js';
import type { TenantData } from '../../data/tenantData.js';
import { type Advice, adviceFor, RUNG_NAMES, typicalStage } from '../../domain/advice.js';
import { type Catalog, catalogLabel } from '../../domain/catalog.js';
import { stageTrend } from '../../domain/checkin.js';
import { notFound } from '../../domain/errors.js';
import {
  computeFeedback,
  type Feedback,
  feedbackWindow,
  fitHintFor,
  type MemberFeedback,
  type ResponseFeedback,
} from '../../domain/feedback.js';
import { talkTimeShare } from '../../domain/feedbackTalkTime.js';
import { stageAt } from '../../domain/stage.js';
import { DateTime, Id, LocalizedText, PersonSchema, problemResponses } from '../schemas.js';
import { participantPair } from './pairs.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Count = Type.Integer({ minimum: 0 });
const Assessment = Type.Union([
  Type.Literal('strength'),
  Type.Literal('weakness'),
  Type.Literal('mixed'),
  Type.Literal('not_enough_data'),
]);

/**
 * すっきり度 as the manager sees it: a band over complete batches of 3 ratings per member, never an
 * average that one more rating would move (domain/feedback.ts).
 */
const ClarityBandSchema = Nullable(
  Type.Union([Type.Literal('low'), Type.Literal('middle'), Type.Literal('high')]),
);

const FitCounts = {
  ratings: Count,
  yes: Count,
  partly: Count,
  no: Count,
  fitRate: Nullable(Type.Number()),
  fitScore: Nullable(Type.Number()),
  assessment: Assessment,
};
const ResponseFeedbackSchema = Type.Object({
  expectedResponseId: Type.String(),
  label: LocalizedText,
  ...FitCounts,
  sessions: Count,
  clarityBand: ClarityBandSchema,
});
const StageRefSchema = Type.Object({ index: Type.Integer(), id: Type.String(), name: LocalizedText });
export const StageSummarySchema = Type.Object({
  current: StageRefSchema,
  answeredAt: DateTime,
  trend: Type.Union([
    Type.Literal('up'),
    Type.Literal('down'),
    Type.Literal('steady'),
    Type.Literal('unknown'),
  ]),
  history: Type.Array(Type.Object({ index: Type.Integer(), answeredAt: DateTime })),
});
const SkillSchema = Type.Object({ id: Type.String(), name: LocalizedText, practice: LocalizedText });
const AdviceSchema = Type.Object({
  expectedResponseId: Type.String(),
  label: LocalizedText,
  text: LocalizedText,
  rung: Type.Union([Type.Literal('trust_building'), Type.Literal('growth')]),
  rungName: LocalizedText,
  /** The stage the rung was chosen from; null without a check-in. */
  stage: Nullable(StageRefSchema),
  skills: Type.Array(SkillSchema),
});
const MemberFeedbackFields = {
  sessions: Count,
  clarityBand: ClarityBandSchema,
  /** What the member asks for, most often first. */
  responses: Type.Array(ResponseFeedbackSchema),
  worked: Type.Array(Type.String()),
  didNotWork: Type.Array(Type.String()),
};
const WindowSchema = Type.Object({ from: DateTime, months: Type.Array(Type.String()) });
const TrendPointSchema = Type.Object({
  month: Type.String(),
  sessions: Count,
  clarityBand: ClarityBandSchema,
  ratings: Count,
  fitRate: Nullable(Type.Number()),
  fitScore: Nullable(Type.Number()),
});

const MyInsightsSchema = Type.Object({
  window: WindowSchema,
  managesPairs: Type.Boolean(),
  sessions: Count,
  clarityBand: ClarityBandSchema,
  overall: Type.Object(FitCounts),
  responses: Type.Array(ResponseFeedbackSchema),
  strengths: Type.Array(Type.String()),
  weaknesses: Type.Array(Type.String()),
  members: Type.Array(
    Type.Object({
      pairId: Type.String(),
      member: PersonSchema,
      stage: Nullable(StageSummarySchema),
      ...MemberFeedbackFields,
    }),
  ),
  trend: Type.Array(TrendPointSchema),
  /** Advice for the weakest responses, from the rung most of the manager's relationships are on. */
  advice: Type.Array(AdviceSchema),
});

const HintSchema = Type.Object({
  expectedResponseId: Type.String(),
  label: LocalizedText,
  overall: Type.Object({ yes: Count, ratings: Count, assessment: Assessment }),
  withMember: Type.Object({ yes: Count, ratings: Count, assessment: Assessment }),
  memberAskedTimes: Count,
  advice: AdviceSchema,
});

const PairInsightsSchema = Type.Object({
  pairId: Type.String(),
  member: PersonSchema,
  window: WindowSchema,
  stage: Nullable(StageSummarySchema),
  memberFeedback: Type.Object(MemberFeedbackFields),
  /** One per active expected response of the catalog: what the agenda shows beside each item. */
  hints: Type.Array(HintSchema),
  /** For what this member asks for most. */
  advice: Type.Array(AdviceSchema),
  talkTime: Type.Object({
    sessions: Type.Array(
      Type.Object({
        sessionId: Type.String(),
        scheduledStart: DateTime,
        managerShare: Type.Number(),
        memberShare: Type.Number(),
        attributedMs: Count,
      }),
    ),
  }),
});

const STAGE_HISTORY = 6;
const TALK_TIME_SESSIONS = 10;
const ADVICE_LIMIT = 3;

function stageRef(index: number) {
  const stage = stageAt(index);
  return { index: stage.index, id: stage.id, name: stage.name };
}

export function stageSummary(points: readonly StagePoint[]) {
  const [latest] = points;
  if (latest === undefined) return null;
  return {
    current: stageRef(latest.stage),
    answeredAt: latest.answeredAt.toISOString(),
    trend: stageTrend(points.map((point) => point.stage)),
    history: points.map((point) => ({ index: point.stage, answeredAt: point.answeredAt.toISOString() })),
  };
}

function presentAdvice(advice: Advice, catalog: Catalog) {
  return {
    expectedResponseId: advice.expectedResponseId,
    label: catalogLabel(catalog, 'expectedResponses', advice.expectedResponseId),
    text: advice.text,
    rung: advice.ladder.rung,
    rungName: RUNG_NAMES[advice.ladder.rung],
    stage: advice.ladder.stageIndex === null ? null : stageRef(advice.ladder.stageIndex),
    skills: advice.skills.map((skill) => ({ id: skill.id, name: skill.name, practice: skill.practice })),
  };
}

function presentResponses(responses: readonly ResponseFeedback[], catalog: Catalog) {
  return responses.map((response) => ({
    ...response,
    label: catalogLabel(catalog, 'expectedResponses', response.expectedResponseId),
  }));
}

function presentMember(member: MemberFeedback | undefined, catalog: Catalog) {
  return {
    sessions: member?.sessions ?? 0,
    clarityBand: member?.clarityBand ?? null,
    responses: presentResponses(member?.responses ?? [], catalog),
    worked: member?.worked ?? [],
    didNotWork: member?.didNotWork ?? [],
  };
}

/** The responses worth advice: weaknesses first, then mixed ones; never one without enough data. */
function needsAdvice(feedback: Feedback): string[] {
  return feedback.responses
    .filter((response) => response.assessment === 'weakness' || response.assessment === 'mixed')
    .slice(0, ADVICE_LIMIT)
    .map((response) => response.expectedResponseId);
}

async function loadFeedback(data: TenantData, managerId: string, now: Date) {
  const { since, months } = feedbackWindow(now);
  const feedback = computeFeedback(await data.insights.feedbackTallies(managerId, since), months);
  return { feedback, window: { from: since.toISOString(), months } };
}

export async function insightRoutes(app: FastifyInstance, options: { now: () => Date }) {
  app.get(
    '/insights/me',
    {
      schema: {
        summary:
          "The signed-in manager's engagement feedback: fit per expected response, strengths, weaknesses, each member, trend and advice",
        tags: ['insights'],
        response: { 200: MyInsightsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { actor, data } = request;
      // A pair the member has not confirmed tells its would-be manager nothing.
      const pairs = (await data.pairs.listForUser(actor.id)).filter(
        (pair) => pair.manager.id === actor.id && pair.status !== 'pending',
      );
      const [{ feedback, window }, stages, catalog] = await Promise.all([
        loadFeedback(data, actor.id, options.now()),
        data.checkins.sharedStagesForPairs(
          pairs.map((pair) => pair.id),
          STAGE_HISTORY,
        ),
        data.catalog.load(),
      ]);
      const latestStages = pairs.map((pair) => stages.get(pair.id)?.[0]?.stage ?? null);
      const typical = typicalStage(latestStages);
      return {
        window,
        managesPairs: pairs.length > 0,
        sessions: feedback.sessions,
        clarityBand: feedback.clarityBand,
        overall: feedback.overall,
        responses: presentResponses(feedback.responses, catalog),
        strengths: feedback.strengths.map((response) => response.expectedResponseId),
        weaknesses: feedback.weaknesses.map((response) => response.expectedResponseId),
        members: pairs.map((pair) => ({
          pairId: pair.id,
          member: pair.member,
          stage: stageSummary(stages.get(pair.id) ?? []),
          ...presentMember(
            feedback.members.find((member) => member.memberId === pair.member.id),
            catalog,
          ),
        })),
        trend: feedback.trend,
        advice: needsAdvice(feedback).map((id) => presentAdvice(adviceFor(id, typical), catalog)),
      };
    },
  );

  app.get(
    '/pairs/:pairId/insights',
    {
      schema: {
        summary:
          "The manager's view of one relationship: stage, what the member asks for and what worked, fit hints per expected response, advice and talk time (manager of the pair only)",
        tags: ['insights'],
        params: Type.Object({ pairId: Id }, { additionalProperties: false }),
        response: { 200: PairInsightsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const { data, actor } = request;
      const { pair, role } = await participantPair(data, pairId, actor.id);
      // The feedback is the manager's own: to the member it does not exist.
      if (role !== 'manager') throw notFound('pair insights');
      const [{ feedback, window }, stages, catalog, transcripts] = await Promise.all([
        loadFeedback(data, actor.id, options.now()),
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
      const activeResponses = catalog.expectedResponses.filter((entry) => !entry.retired);
      return {
        pairId: pair.id,
        member: pair.member,
        window,
        stage: stageSummary(points),
        memberFeedback: presentMember(member, catalog),
        hints: activeResponses.map((entry) => ({
          ...fitHintFor(feedback, pair.member.id, entry.id),
          label: entry.label,
          advice: presentAdvice(adviceFor(entry.id, stageIndex), catalog),
        })),
        advice: (member?.responses ?? [])
          .slice(0, 2)
          .map((response) => presentAdvice(adviceFor(response.expectedResponseId, stageIndex), catalog)),
        talkTime: {
          sessions: transcripts.map((transcript) => {
            const share = talkTimeShare(transcript.cues, speakers, [pair.manager.id, pair.member.id]);
            return {
              sessionId: transcript.sessionId,
              scheduledStart: transcript.scheduledStart.toISOString(),
              managerShare: share.people[0]?.share ?? 0,
              memberShare: share.people[1]?.share ?? 0,
              attributedMs: share.attributedMs,
            };
          }),
        },
      };
    },
  );
}
