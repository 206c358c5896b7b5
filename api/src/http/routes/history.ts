import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { TEXT_LIMITS } from '../../domain/textLimits.js';
import { pairHistory } from '../../services/pairHistory.js';
import { AgendaItemSchema, presentAgendaItem } from '../agendaPresenter.js';
import { MemoSchema, presentMemo } from '../memoPresenter.js';
import { Id, problemResponses, SessionSummarySchema } from '../schemas.js';
import { ItemNoteSchema } from './itemNotes.js';

const RatingViewSchema = Type.Union([
  Type.Object({ state: Type.Literal('not_rated') }),
  Type.Object({
    state: Type.Literal('rated'),
    clarity: Type.Union([Type.Integer(), Type.Null()]),
    impressions: Type.Union([Type.String(), Type.Null()]),
    impressionsShared: Type.Boolean(),
  }),
]);

const HistoryEntrySchema = Type.Intersect([
  SessionSummarySchema,
  Type.Object({
    agenda: Type.Array(AgendaItemSchema),
    memos: Type.Array(MemoSchema),
    /** Notes under the agenda items: shared ones, and the manager's own private ones for the manager only. */
    itemNotes: Type.Array(ItemNoteSchema),
    rating: RatingViewSchema,
  }),
]);

export async function historyRoutes(app: FastifyInstance) {
  app.get(
    '/pairs/:pairId/history',
    {
      schema: {
        summary:
          "A pair's past 1on1s, newest first, with agenda, memos and rating state; q searches their text",
        tags: ['sessions'],
        params: Type.Object({ pairId: Id }, { additionalProperties: false }),
        querystring: Type.Object(
          { q: Type.Optional(Type.String({ maxLength: TEXT_LIMITS.historySearch })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ sessions: Type.Array(HistoryEntrySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const { q = '' } = request.query as { q?: string };
      const { pair, catalog, sessions } = await pairHistory(request.data, pairId, request.actor.id, q);
      return {
        sessions: sessions.map(({ session, agenda, memos, itemNotes, rating }) => ({
          id: session.id,
          pairId: session.pairId,
          status: session.status,
          scheduledStart: session.scheduledStart.toISOString(),
          scheduledEnd: session.scheduledEnd.toISOString(),
          agenda: agenda.map((item) => presentAgendaItem(item, pair, catalog)),
          memos: memos.map((memo) => presentMemo(memo, pair)),
          itemNotes,
          rating,
        })),
      };
    },
  );
}
