import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { orderAgenda } from '../../domain/agenda.js';
import { matchesQuery, queryTerms } from '../../domain/history.js';
import { ratingViewFor } from '../../domain/ratingVisibility.js';
import { visibleItemNotes } from '../../services/itemNotes.js';
import { AgendaItemSchema, presentAgendaItem } from '../agendaPresenter.js';
import { MemoSchema, presentMemo } from '../memoPresenter.js';
import { Id, problemResponses, SessionSummarySchema } from '../schemas.js';
import { ItemNoteSchema } from './itemNotes.js';
import { participantPair } from './pairs.js';

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

const HISTORY_LIMIT = 200;

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
          { q: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ sessions: Type.Array(HistoryEntrySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const { q = '' } = request.query as { q?: string };
      const { data, actor } = request;
      const { pair, role } = await participantPair(data, pairId, actor.id);
      const past = (await data.sessions.listForPairs([pair.id]))
        .filter((session) => session.status === 'ended')
        .slice(0, HISTORY_LIMIT);
      const ids = past.map((session) => session.id);
      const [items, memos, notes, ratings, catalog] = await Promise.all([
        data.agenda.listForSessions(ids),
        data.memos.listVisible(ids, actor.id),
        visibleItemNotes(data, ids, pair, { id: actor.id, role }),
        data.ratingStates.forSessions(ids),
        data.catalog.load(),
      ]);
      const terms = queryTerms(q);
      const sessions = past.map((session) => {
        const agenda = orderAgenda(items.filter((item) => item.sessionId === session.id)).map((item) =>
          presentAgendaItem(item, pair, catalog),
        );
        const sessionMemos = memos
          .filter((memo) => memo.sessionId === session.id)
          .map((memo) => presentMemo(memo, pair));
        const itemNotes = notes.filter((note) => note.sessionId === session.id && note.body !== '');
        const texts = [
          ...agenda.flatMap((item) => [
            item.theme.label.ja,
            item.theme.label.en,
            item.detail ?? '',
            item.expectedResponse?.label.ja ?? '',
            item.expectedResponse?.label.en ?? '',
          ]),
          ...sessionMemos.map((memo) => memo.body),
          ...itemNotes.map((note) => note.body),
        ];
        return {
          entry: {
            id: session.id,
            pairId: session.pairId,
            status: session.status,
            scheduledStart: session.scheduledStart.toISOString(),
            scheduledEnd: session.scheduledEnd.toISOString(),
            agenda,
            memos: sessionMemos,
            itemNotes,
            rating: ratingViewFor(role, ratings.get(session.id)),
          },
          texts,
        };
      });
      return {
        sessions: sessions.filter(({ texts }) => matchesQuery(texts, terms)).map(({ entry }) => entry),
      };
    },
  );
}
