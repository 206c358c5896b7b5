import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { orderAgenda } from '../../domain/agenda.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import { AgendaItemSchema, presentAgendaItem } from '../agendaPresenter.js';
import { MemoSchema, presentMemo } from '../memoPresenter.js';
import { Id, problemResponses, SessionViewSchema } from '../schemas.js';
import { DiceStateSchema, presentDiceRoll } from './dice.js';

const SessionDetailSchema = Type.Intersect([
  SessionViewSchema,
  Type.Object({
    agenda: Type.Array(AgendaItemSchema),
    /** Whether the member has put at least one item of their own on the agenda. */
    prepared: Type.Boolean(),
    /** Shared memos, the next-topics memo and the caller's own private memos; never anyone else's. */
    memos: Type.Array(MemoSchema),
    dice: DiceStateSchema,
    /** Open GET /sessions/:id/events with this as Last-Event-ID to receive every change after this view. */
    lastEventId: Type.Union([Type.String(), Type.Null()]),
  }),
]);

export async function sessionRoutes(app: FastifyInstance) {
  app.get(
    '/sessions/:sessionId',
    {
      schema: {
        summary: 'Everything a participant may see of one 1on1',
        tags: ['sessions'],
        params: Type.Object({ sessionId: Id }, { additionalProperties: false }),
        response: { 200: SessionDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { data, actor } = request;
      const { session, pair, role } = await loadParticipantSession(data, sessionId, actor.id);
      // Read before the state: an event after this id is then replayed, never lost between the two.
      const lastEventId = await data.events.latestId(session.id);
      const [items, catalog, memos, latestRoll, rolls] = await Promise.all([
        data.agenda.listForSession(session.id),
        data.catalog.load(),
        data.memos.listVisible([session.id], actor.id),
        data.dice.latest(session.id),
        data.dice.count(session.id),
      ]);
      return {
        id: session.id,
        pairId: session.pairId,
        status: session.status,
        scheduledStart: session.scheduledStart.toISOString(),
        scheduledEnd: session.scheduledEnd.toISOString(),
        manager: pair.manager,
        member: pair.member,
        myRole: role,
        joinUrl: session.joinUrl,
        nextSessionId: session.nextSessionId,
        agenda: orderAgenda(items).map((item) => presentAgendaItem(item, pair, catalog)),
        prepared: items.some(
          (item) =>
            item.authorRole === 'member' &&
            item.carriedFromItemId === null &&
            item.carriedFromMemoId === null,
        ),
        memos: memos.map((memo) => presentMemo(memo, pair)),
        dice: { latest: latestRoll === null ? null : presentDiceRoll(latestRoll, pair, catalog), count: rolls },
        lastEventId,
      };
    },
  );
}
