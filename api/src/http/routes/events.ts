import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AuthError } from '../../auth/identity.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { OpenStreams, STREAM_CAPS, type StreamCaps, type TrackedStream } from '../../realtime/openStreams.js';
import { SessionEventFanout, type SessionStream } from '../../realtime/sessionFanout.js';
import { sessionEventSource } from '../../services/sessionEventStream.js';
import { problemResponses, SessionParams } from '../schemas.js';

const DEFAULT_HEARTBEAT_MS = 15_000;
/** Tells EventSource-style clients how long to wait before reconnecting. */
const RETRY_MS = 2_000;
/** A client that has not read this much of its stream is not reading: it is cut off, not buffered for. */
const MAX_UNREAD_BYTES = 1024 * 1024;

export interface EventStreamOptions {
  heartbeatMs?: number;
  caps?: StreamCaps;
  now?: () => number;
}

/**
 * GET /sessions/:id/events — the session's changes as server-sent events. The token travels in the
 * Authorization header like every other call (the tab reads the stream with fetch, not
 * EventSource, which cannot send headers), never in the URL where logs and proxies would keep it.
 *
 * A stream is bounded: it ends when the token it was opened with expires (the client reconnects
 * with a fresh token and Last-Event-ID, and misses nothing), when its person opens too many others
 * (see OpenStreams), and when the client stops reading. All streams of a session share one reader.
 */
export async function eventRoutes(
  app: FastifyInstance,
  options: { notifier: SessionChangeNotifier } & EventStreamOptions,
) {
  const now = options.now ?? Date.now;
  const fanout = new SessionEventFanout({
    notifier: options.notifier,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    onReadError: (error) => app.log.warn({ err: error }, 'could not read the session event log'),
  });
  const open = new OpenStreams(options.caps ?? STREAM_CAPS);
  // Streams never end by themselves; a shutdown must end them or the server would wait forever.
  app.addHook('preClose', async () => open.endAll('the server is shutting down'));

  app.get(
    '/sessions/:sessionId/events',
    {
      schema: {
        summary: "The 1on1's live changes (Server-Sent Events); resume with Last-Event-ID",
        description:
          'text/event-stream of events `agenda.changed`, `memo.changed`, `memo.deleted`, `dice.rolled`, `session.status` and `session.next`; `data` is one line of JSON. Without Last-Event-ID the stream starts after the latest event; pass `lastEventId` from GET /sessions/:id to miss nothing. The server ends the stream when the access token expires and when the same person opens more than a few streams (the oldest ends); reconnect with a fresh token and Last-Event-ID.',
        tags: ['sessions'],
        params: SessionParams,
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,19}$' })) }),
        response: { 200: Type.String({ description: 'text/event-stream' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const { actor } = request;
      // A token inside the verifier's clock tolerance is still accepted for a request, but a stream
      // opened with it would end at once and be reopened in a loop.
      const lifetimeMs = request.credentialExpiresAt - now();
      if (lifetimeMs <= 0) throw new AuthError('expired');
      const lastEventId = request.headers['last-event-id'];
      const source = await sessionEventSource(
        request.data,
        sessionId,
        actor.id,
        typeof lastEventId === 'string' ? lastEventId : undefined,
      );

      reply.hijack();
      const raw = reply.raw;
      // The heartbeat keeps the connection inside the server's idle timeout for as long as the
      // client reads; one that stops reading stops the writes, and the idle timeout then closes it.
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

      let ended = false;
      let stream: SessionStream | null = null;
      let expiry: NodeJS.Timeout | undefined;
      const tracked: TrackedStream = {
        person: `${source.tenantId}/${actor.id}`,
        session: source.sessionId,
        end(reason) {
          if (ended) return;
          ended = true;
          clearTimeout(expiry);
          stream?.close();
          open.remove(tracked);
          if (!raw.writableEnded) raw.end(`: closed: ${reason}\n\n`);
        },
      };
      const write = (chunk: string) => {
        if (ended || raw.writableEnded) return;
        if (raw.writableLength > MAX_UNREAD_BYTES) {
          tracked.end('the client stopped reading');
          return;
        }
        raw.write(chunk);
      };
      stream = fanout.join({
        tenantId: source.tenantId,
        sessionId: source.sessionId,
        viewerId: actor.id,
        after: source.after,
        readAfter: source.readAfter,
        write,
      });
      expiry = setTimeout(() => tracked.end('the access token expired'), lifetimeMs);
      expiry.unref();
      open.admit(tracked);
      raw.on('close', () => tracked.end('the client left'));
    },
  );
}
