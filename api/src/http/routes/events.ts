import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { openSessionStream, type SessionStream } from '../../realtime/sessionStream.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import { Id, problemResponses } from '../schemas.js';

const DEFAULT_HEARTBEAT_MS = 15_000;
/** Tells EventSource-style clients how long to wait before reconnecting. */
const RETRY_MS = 2_000;

/**
 * GET /sessions/:id/events — the session's changes as server-sent events. The token travels in the
 * Authorization header like every other call (the tab reads the stream with fetch, not
 * EventSource, which cannot send headers), never in the URL where logs and proxies would keep it.
 */
export async function eventRoutes(
  app: FastifyInstance,
  options: { notifier: SessionChangeNotifier; heartbeatMs?: number },
) {
  const open = new Set<{ stream: SessionStream; end(): void }>();
  // Streams never end by themselves; a shutdown must end them or the server would wait forever.
  app.addHook('preClose', async () => {
    for (const entry of open) entry.end();
  });

  app.get(
    '/sessions/:sessionId/events',
    {
      schema: {
        summary: "The 1on1's live changes (Server-Sent Events); resume with Last-Event-ID",
        description:
          'text/event-stream of events `agenda.changed`, `memo.changed`, `memo.deleted`, `dice.rolled`, `session.status` and `session.next`; `data` is one line of JSON. Without Last-Event-ID the stream starts after the latest event; pass `lastEventId` from GET /sessions/:id to miss nothing.',
        tags: ['sessions'],
        params: Type.Object({ sessionId: Id }, { additionalProperties: false }),
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,19}$' })) }),
        response: { 200: Type.String({ description: 'text/event-stream' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const { actor, data } = request;
      const { session } = await loadParticipantSession(data, sessionId, actor.id);
      const lastEventId = request.headers['last-event-id'];
      const after = typeof lastEventId === 'string' ? lastEventId : await data.events.latestId(session.id);

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-store, no-transform',
        'x-content-type-options': 'nosniff',
        // Proxies such as nginx and Azure's front ends would otherwise buffer the stream.
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      raw.write(`retry: ${RETRY_MS}\n\n`);

      const stream = openSessionStream({
        tenantId: data.tenantId,
        sessionId: session.id,
        viewerId: actor.id,
        after,
        notifier: options.notifier,
        readAfter: (afterId, limit) => data.events.listAfter(session.id, afterId, limit),
        write: (chunk) => {
          if (!raw.writableEnded) raw.write(chunk);
        },
        heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
        onReadError: (error) => request.log.warn({ err: error }, 'could not read the session event log'),
      });
      const entry = {
        stream,
        end() {
          stream.close();
          open.delete(entry);
          if (!raw.writableEnded) raw.end();
        },
      };
      open.add(entry);
      raw.on('close', () => entry.end());
    },
  );
}
