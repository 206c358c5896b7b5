import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import type { StagePoint } from '../../data/repositories/checkins.js';
import { type Advice, RUNG_NAMES } from '../../domain/advice.js';
import { type Catalog, catalogLabel } from '../../domain/catalog.js';
import { stageTrend } from '../../domain/checkin.js';
import type { MemberFeedback, ResponseFeedback } from '../../domain/feedback.js';
import { stageAt } from '../../domain/stage.js';
import { type FeedbackWindow, myInsights, pairInsights } from '../../services/managerInsights.js';
import { DateTime, Id, LocalizedText, PersonSchema, problemResponses } from '../schemas.js';

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

function presentWindow(window: FeedbackWindow) {
  return { from: window.since.toISOString(), months: window.months };
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
      const { window, feedback, pairs, advice, catalog } = await myInsights(
        request.data,
        request.actor.id,
        options.now(),
      );
      return {
        window: presentWindow(window),
        managesPairs: pairs.length > 0,
        sessions: feedback.sessions,
        clarityBand: feedback.clarityBand,
        overall: feedback.overall,
        responses: presentResponses(feedback.responses, catalog),
        strengths: feedback.strengths.map((response) => response.expectedResponseId),
        weaknesses: feedback.weaknesses.map((response) => response.expectedResponseId),
        members: pairs.map(({ pair, stages, feedback: member }) => ({
          pairId: pair.id,
          member: pair.member,
          stage: stageSummary(stages),
          ...presentMember(member, catalog),
        })),
        trend: feedback.trend,
        advice: advice.map((item) => presentAdvice(item, catalog)),
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
      const view = await pairInsights(request.data, pairId, request.actor.id, options.now());
      const { pair, catalog } = view;
      return {
        pairId: pair.id,
        member: pair.member,
        window: presentWindow(view.window),
        stage: stageSummary(view.stages),
        memberFeedback: presentMember(view.memberFeedback, catalog),
        hints: view.hints.map(({ entry, hint, advice }) => ({
          ...hint,
          label: entry.label,
          advice: presentAdvice(advice, catalog),
        })),
        advice: view.advice.map((advice) => presentAdvice(advice, catalog)),
        talkTime: {
          sessions: view.talkTime.map(({ sessionId, scheduledStart, share }) => ({
            sessionId,
            scheduledStart: scheduledStart.toISOString(),
            managerShare: share.people[0]?.share ?? 0,
            memberShare: share.people[1]?.share ?? 0,
            attributedMs: share.attributedMs,
          })),
        },
      };
    },
  );
}
