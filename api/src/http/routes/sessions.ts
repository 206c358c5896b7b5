import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { orderAgenda } from '../../domain/agenda.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import { AgendaItemSchema, presentAgendaItem } from '../agendaPresenter.js';
import { Id, problemResponses, SessionViewSchema } from '../schemas.js';

const SessionDetailSchema = Type.Intersect([
  SessionViewSchema,
  Type.Object({
    agenda: Type.Array(AgendaItemSchema),
    /** Whether the member has put at least one item of their own on the agenda. */
    prepared: Type.Boolean(),
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
      const [items, catalog] = await Promise.all([
        data.agenda.listForSession(session.id),
        data.catalog.load(),
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
      };
    },
  );
}
