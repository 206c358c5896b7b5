import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import {
  assertCheckinDue,
  assertMayCheckIn,
  type Checkin,
  checkinContentVisibleTo,
  nextCheckinAllowedAt,
  scoreCheckin,
} from '../../domain/checkin.js';
import type { PairRole } from '../../domain/pair.js';
import { explainStage, STAGES, STATEMENTS, scoreStage, stageAt } from '../../domain/stage.js';
import { DateTime, Id, LocalizedText, problemResponses } from '../schemas.js';
import { StageSummarySchema, stageSummary } from './insights.js';
import { participantPair } from './pairs.js';

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

const HISTORY_LIMIT = 24;

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
      const { pair, role } = await participantPair(request.data, pairId, request.actor.id);
      const checkins = await request.data.checkins.listForPair(pair.id, HISTORY_LIMIT);
      const latest = checkins[0];
      const opensAt = latest === undefined ? null : nextCheckinAllowedAt(latest.answeredAt);
      const open = opensAt === null || opensAt <= options.now();
      return {
        myRole: role,
        statements: STATEMENTS,
        stages: STAGES.map((stage) => ({
          index: stage.index,
          id: stage.id,
          name: stage.name,
          statements: [...stage.statements],
        })),
        nextAllowedAt: role === 'member' && !open && opensAt !== null ? opensAt.toISOString() : null,
        canCheckIn: role === 'member' && open,
        // The trend is built only from what this person may see, so an unshared stage cannot leak through it.
        summary: stageSummary(
          checkins
            .filter((c) => checkinContentVisibleTo(c, role))
            .map((c) => ({ stage: c.stage, answeredAt: c.answeredAt })),
        ),
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
      const { pair, role } = await participantPair(request.data, pairId, request.actor.id);
      assertMayCheckIn(role);
      const result = scoreCheckin(body.answers);
      const now = options.now();
      const checkin: Checkin = {
        id: randomUUID(),
        pairId: pair.id,
        memberId: pair.member.id,
        answers: [...body.answers],
        stage: result.stage.index,
        sharedWithManager: body.shareWithManager ?? false,
        answeredAt: now,
      };
      await request.data.transaction(async (data) => {
        await data.checkins.lockPair(pair.id);
        const [last] = await data.checkins.listForPair(pair.id, 1);
        assertCheckinDue(last ?? null, now);
        await data.checkins.create(checkin);
      });
      return reply.code(201).send(present(checkin, 'member'));
    },
  );
}
