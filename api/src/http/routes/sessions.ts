import type { FastifyInstance } from 'fastify';
import { notFound } from '../../domain/errors.js';
import type { SessionSnapshots } from '../../services/sessionSnapshots.js';
import { problemResponses, SessionParams } from '../schemas.js';
import { presentSessionDetail, SessionDetailSchema } from '../sessionDetailPresenter.js';

export async function sessionRoutes(app: FastifyInstance, options: { snapshots: SessionSnapshots }) {
  app.get(
    '/sessions/:sessionId',
    {
      schema: {
        summary: 'Everything a participant may see of one 1on1',
        tags: ['sessions'],
        params: SessionParams,
        response: { 200: SessionDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const snapshot = await options.snapshots.get(request.data, sessionId);
      const detail = snapshot === null ? null : presentSessionDetail(snapshot, request.actor.id);
      if (detail === null) throw notFound('session');
      return detail;
    },
  );
}
