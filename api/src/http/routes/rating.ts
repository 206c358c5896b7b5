import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CLARITY_MAX,
  CLARITY_MIN,
  editableUntil,
  isEditable,
  type Rating,
  type RatingInput,
} from '../../domain/rating.js';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import { viewRatingForm } from '../../services/ratingForm.js';
import { submitRating } from '../../services/ratings.js';
import { DateTime, Id, LocalizedText, problemResponses, SessionParams } from '../schemas.js';

const FitSchema = Type.Union([Type.Literal('yes'), Type.Literal('partly'), Type.Literal('no')]);

const RatingBody = Type.Object(
  {
    clarity: Type.Integer({
      minimum: CLARITY_MIN,
      maximum: CLARITY_MAX,
      description: 'すっきり度: how cleared-up the member feels',
    }),
    impressions: Type.Optional(
      Type.Union([Type.String({ maxLength: requestMaxLength(TEXT_LIMITS.ratingImpressions) }), Type.Null()]),
    ),
    shareImpressions: Type.Boolean(),
    fits: Type.Array(Type.Object({ agendaItemId: Id, fit: FitSchema }, { additionalProperties: false }), {
      maxItems: 20,
    }),
  },
  { additionalProperties: false },
);

const RatingSchema = Type.Object({
  sessionId: Type.String(),
  clarity: Type.Integer(),
  impressions: Type.Union([Type.String(), Type.Null()]),
  shareImpressions: Type.Boolean(),
  fits: Type.Array(
    Type.Object({ agendaItemId: Type.String(), expectedResponseId: Type.String(), fit: FitSchema }),
  ),
  submittedAt: DateTime,
  updatedAt: DateTime,
  editableUntil: DateTime,
  editable: Type.Boolean(),
});

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const RatingFormSchema = Type.Object({
  sessionId: Type.String(),
  scheduledStart: DateTime,
  managerName: Type.String(),
  /** The member's own items with a hoped-for response: one fit answer each. */
  items: Type.Array(
    Type.Object({
      agendaItemId: Type.String(),
      theme: LocalizedText,
      expectedResponse: Type.Union([LocalizedText, Type.Null()]),
      detail: Nullable(Type.String()),
    }),
  ),
  rating: Type.Union([RatingSchema, Type.Null()]),
  /** Exactly what the manager sees of this rating (never the score session by session). */
  managerSees: Type.Object({
    state: Type.Union([Type.Literal('not_rated'), Type.Literal('rated')]),
    impressions: Nullable(Type.String()),
  }),
});

function presentRating(rating: Rating, now: Date) {
  return {
    sessionId: rating.sessionId,
    clarity: rating.clarity,
    impressions: rating.impressions,
    shareImpressions: rating.shareImpressions,
    fits: rating.fits,
    submittedAt: rating.submittedAt.toISOString(),
    updatedAt: rating.updatedAt.toISOString(),
    editableUntil: editableUntil(rating).toISOString(),
    editable: isEditable(rating, now),
  };
}

/** The member rates an ended 1on1 from the tab; the bot's rating card goes through the same service. */
export async function ratingRoutes(app: FastifyInstance, options: { now: () => Date }) {
  app.get(
    '/sessions/:sessionId/rating',
    {
      schema: {
        summary:
          'The rating form of an ended 1on1 for its member: the items to rate, their rating if any, and what the manager sees of it',
        tags: ['sessions'],
        params: SessionParams,
        response: {
          200: RatingFormSchema,
          ...problemResponses,
          403: problemResponses[400],
          409: problemResponses[400],
        },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { session, pair, items, rating, managerSees } = await viewRatingForm(
        request.data,
        sessionId,
        request.actor.id,
      );
      return {
        sessionId: session.id,
        scheduledStart: session.scheduledStart.toISOString(),
        managerName: pair.manager.displayName,
        items: items.map((line) => ({
          agendaItemId: line.agendaItemId,
          theme: line.theme,
          expectedResponse: line.expectedResponse,
          detail: line.detail,
        })),
        rating: rating === null ? null : presentRating(rating, options.now()),
        managerSees: {
          state: managerSees.state,
          impressions: managerSees.state === 'rated' ? managerSees.impressions : null,
        },
      };
    },
  );

  app.post(
    '/sessions/:sessionId/rating',
    {
      schema: {
        summary:
          'The member rates an ended 1on1 (すっきり度, fit per agenda item, impressions); resending is harmless',
        tags: ['sessions'],
        params: SessionParams,
        body: RatingBody,
        response: {
          200: RatingSchema,
          201: RatingSchema,
          ...problemResponses,
          403: problemResponses[400],
          409: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const body = request.body as Omit<RatingInput, 'impressions'> & { impressions?: string | null };
      const now = options.now();
      const { outcome, rating } = await submitRating(
        request.data,
        request.actor.id,
        sessionId,
        { ...body, impressions: body.impressions ?? null },
        now,
      );
      return reply.code(outcome === 'create' ? 201 : 200).send(presentRating(rating, now));
    },
  );
}
