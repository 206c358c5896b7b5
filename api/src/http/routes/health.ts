import type { FastifyInstance } from 'fastify';
import { NotReady } from '../../data/readiness.js';
import { problemTypes, sendProblem } from '../problem.js';

export async function healthRoutes(app: FastifyInstance, options: { ready: () => Promise<void> }) {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await options.ready();
      return { status: 'ready' };
    } catch (error) {
      const detail = error instanceof NotReady ? error.detail : 'the database is not reachable';
      request.log.warn({ err: error }, `not ready: ${detail}`);
      return sendProblem(reply, {
        type: problemTypes.unavailable,
        title: 'Not ready',
        status: 503,
        detail,
      });
    }
  });
}
