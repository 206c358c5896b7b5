import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { type Checkin, checkinContentVisibleTo } from '../../domain/checkin.js';
import type { PairRole } from '../../domain/pair.js';
import { explainStage, STAGES, STATEMENTS, scoreStage, stageAt } from '../../domain/stage.js';
import { checkIn, viewCheckins } from '../../services/memberCheckins.js';
import { DateTime, Id, LocalizedText, problemResponses } from '../schemas.js';
import { StageSummarySchema, stageSummary } from './insights.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const PairParams = Type.Object({ pairId: Id }, { additionalProperties: false });
const Answer = Type.Integer({ minimum: 1, maximum: 5 });

const CheckinSchema = Type.Object({
  id: Type.String(),
  answeredAt: DateTime,
  /** Null for the manager when the member did not share this check-in. */
  stage: Nullable(Type.Object({ index: Type.Integer(), id: Type.String(), name: LocalizedText })),
  sharedWithManager: Type.Boolean(),
  /** The member's answers: always to the member, to the manager only when shared. */
  answers: Nullable(Type.Array(Answer)),
  /** "You are here because statement N does not hold yet": to the member, and with shared answers. */
  explanation: Nullable(LocalizedText),
  blockingStatements: Nullable(Type.Array(Type.Integer())),
});

const CheckinListSchema = Type.Object({
  myRole: Type.Union([Type.Literal('manager'), Type.Literal('member')]),
  statements: Type.Array(LocalizedText),
  stages: Type.Array(
    Type.Object({
      index: Type.Integer(),
      id: Type.String(),
      name: LocalizedText,
      statements: Type.Array(Type.Integer()),
    }),
  ),
  /** When the member may answer again; null when they may now (or for the manager, who never answers). */
  nextAllowedAt: Nullable(DateTime),
  canCheckIn: Type.Boolean(),
  summary: Nullable(StageSummarySchema),
  checkins: Type.Array(CheckinSchema),
});

function present(checkin: Checkin, role: PairRole) {
  const visible = checkinContentVisibleTo(checkin, role);
  const stage = visible ? stageAt(checkin.stage) : null;
  const scored = visible ? scoreStage(checkin.answers) : null;
  return {
    id: checkin.id,
    answeredAt: checkin.answeredAt.toISOString(),
    stage: stage === null ? null : { index: stage.index, id: stage.id, name: stage.name },
    sharedWithManager: checkin.sharedWithManager,
    answers: visible ? checkin.answers : null,
    explanation: scored === null ? null : explainStage(scored),
    blockingStatements: scored === null ? null : scored.blockingStatements,
  };
}

export async function checkinRoutes(app: FastifyInstance, options: { now: () => Date }) {
  app.get(
    '/pairs/:pairId/checkins',
    {
      schema: {
        summary:
          "A pair's relationship check-ins: the member sees their answers and why they are at their stage; the manager sees stage, trend and answers of shared check-ins only, and of unshared ones just their date",
        tags: ['checkins'],
        params: PairParams,
        response: { 200: CheckinListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const { role, checkins, nextAllowedAt, canCheckIn, visibleStages } = await viewCheckins(
        request.data,
        pairId,
        request.actor.id,
        options.now(),
      );
      return {
        myRole: role,
        statements: STATEMENTS,
        stages: STAGES.map((stage) => ({
          index: stage.index,
          id: stage.id,
          name: stage.name,
          statements: [...stage.statements],
        })),
        nextAllowedAt: nextAllowedAt === null ? null : nextAllowedAt.toISOString(),
        canCheckIn,
        // The trend is built only from what this person may see, so an unshared stage cannot leak through it.
        summary: stageSummary(visibleStages),
        checkins: checkins.map((checkin) => present(checkin, role)),
      };
    },
  );

  app.post(
    '/pairs/:pairId/checkins',
    {
      schema: {
        summary: 'The member answers the relationship check-in (at most once a month per pair)',
        tags: ['checkins'],
        params: PairParams,
        body: Type.Object(
          {
            answers: Type.Array(Answer, { minItems: 16, maxItems: 16 }),
            shareWithManager: Type.Optional(Type.Boolean({ default: false })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: CheckinSchema,
          ...problemResponses,
          403: problemResponses[400],
          409: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const { pairId } = request.params as { pairId: string };
      const body = request.body as { answers: number[]; shareWithManager?: boolean };
      const checkin = await checkIn(
        request.data,
        pairId,
        request.actor.id,
        { answers: body.answers, shareWithManager: body.shareWithManager ?? false },
        options.now(),
      );
      return reply.code(201).send(present(checkin, 'member'));
    },
  );
}
