import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { notFound } from '../../domain/errors.js';
import { Id, problemResponses, SessionViewSchema } from '../schemas.js';
import { participantPair } from './pairs.js';

export async function sessionRoutes(app: FastifyInstance) {
  app.get(
    '/sessions/:sessionId',
    {
      schema: {
        summary: 'Everything a participant may see of one 1on1',
        tags: ['sessions'],
        params: Type.Object({ sessionId: Id }, { additionalProperties: false }),
        response: { 200: SessionViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const session = await request.data.sessions.findById(sessionId);
      if (session === null) throw notFound('session');
      const { pair, role } = await participantPair(request.data, session.pairId, request.actor.id).catch(
        () => {
          throw notFound('session');
        },
      );
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
      };
    },
  );
}
