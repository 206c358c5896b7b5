import type { FastifyInstance } from 'fastify';
import { problemTypes, sendProblem } from '../problem.js';

export async function healthRoutes(app: FastifyInstance, options: { ping: () => Promise<void> }) {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await options.ping();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return sendProblem(reply, {
        type: problemTypes.unavailable,
        title: 'Database not reachable',
        status: 503,
      });
    }
  });
}
