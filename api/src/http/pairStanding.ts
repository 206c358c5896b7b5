import type { FastifyInstance } from 'fastify';
import { conflict, notFound } from '../domain/errors.js';

const READS = new Set(['GET', 'HEAD']);
/** The routes that change a pair's standing itself. */
const STANDING_ROUTES = /\/pairs\/:pairId\/(confirm|end)$/;
/** Bounds the memory of the readable-pairs memo below; when full it starts again. */
const READABLE_MEMO_LIMIT = 50_000;

/**
 * Everything under a pair or one of its sessions follows the pair's standing, checked once for
 * every route: a pending pair (a would-be manager the member has not confirmed) shows nothing of
 * the member — no sessions, preparation, ratings or feedback; an ended pair keeps its history
 * readable and refuses every change.
 *
 * Reads need only "not pending", and a pair that has left pending never returns to it (it is
 * established, then perhaps ended; a declined pending pair is deleted). So once a pair or session
 * was found readable, later reads skip the lookup: the session view, read by both people many
 * times a meeting, is then served from its snapshot without touching the database. Writes always
 * look, because an established pair may end at any moment on any instance.
 */
export function registerPairStanding(api: FastifyInstance): void {
  const readable = new Set<string>();

  api.addHook('preHandler', async (request) => {
    const route = request.routeOptions.url ?? '';
    if (STANDING_ROUTES.test(route)) return;
    const params = (request.params ?? {}) as { pairId?: unknown; sessionId?: unknown };
    const { data } = request;
    let ref: { pairId: string } | { sessionId: string };
    if (route.includes(':pairId') && typeof params.pairId === 'string') ref = { pairId: params.pairId };
    else if (route.includes(':sessionId') && typeof params.sessionId === 'string')
      ref = { sessionId: params.sessionId };
    else return;

    const read = READS.has(request.method);
    const key = `${data.tenantId}\u0000${'pairId' in ref ? `p:${ref.pairId}` : `s:${ref.sessionId}`}`;
    if (read && readable.has(key)) return;
    const standing = await data.pairs.standing(ref);
    if (standing === null) return; // the route answers for what does not exist
    if (standing === 'pending') throw notFound('sessionId' in ref ? 'session' : 'pair');
    if (standing === 'ended' && !read) {
      throw conflict('this 1on1 pair has ended; its history is kept read-only');
    }
    if (readable.size >= READABLE_MEMO_LIMIT) readable.clear();
    readable.add(key);
  });
}
