import type { FastifyInstance } from 'fastify';
import { conflict, notFound } from '../domain/errors.js';

const READS = new Set(['GET', 'HEAD']);
/** The routes that change a pair's standing itself. */
const STANDING_ROUTES = /\/pairs\/:pairId\/(confirm|end)$/;

/**
 * Everything under a pair or one of its sessions follows the pair's standing, checked once for
 * every route: a pending pair (a would-be manager the member has not confirmed) shows nothing of
 * the member — no sessions, preparation, ratings or feedback; an ended pair keeps its history
 * readable and refuses every change.
 */
export function registerPairStanding(api: FastifyInstance): void {
  api.addHook('preHandler', async (request) => {
    const route = request.routeOptions.url ?? '';
    if (STANDING_ROUTES.test(route)) return;
    const params = (request.params ?? {}) as { pairId?: unknown; sessionId?: unknown };
    const { data } = request;
    let standing = null;
    if (route.includes(':pairId') && typeof params.pairId === 'string') {
      standing = await data.pairs.standing({ pairId: params.pairId });
    } else if (route.includes(':sessionId') && typeof params.sessionId === 'string') {
      standing = await data.pairs.standing({ sessionId: params.sessionId });
    } else {
      return;
    }
    if (standing === null) return; // the route answers for what does not exist
    if (standing === 'pending') throw notFound(route.includes(':sessionId') ? 'session' : 'pair');
    if (standing === 'ended' && !READS.has(request.method)) {
      throw conflict('this 1on1 pair has ended; its history is kept read-only');
    }
  });
}
