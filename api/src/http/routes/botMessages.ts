import { BOT_MESSAGES_PATH, type BotEndpoint } from '@taiwa/bot';
import type { FastifyInstance } from 'fastify';
import { isLoopbackHostHeader, isLoopbackPeer } from '../loopbackHost.js';
import { problemTypes, sendProblem } from '../problem.js';

/** Card submissions and meeting events are small, but an activity may carry a whole card back. */
const BOT_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The Bot Framework endpoint. With BOT_APP_ID set, botbuilder checks the channel's token; without
 * it (dev mode only: local runs, Agents Playground) activities are accepted unauthenticated only
 * from a loopback socket that also names a loopback Host — a same-host proxy or sidecar forwarding
 * outside traffic names the public host.
 */
export async function botMessageRoutes(
  app: FastifyInstance,
  options: { endpoint: BotEndpoint; authenticated: boolean },
) {
  app.post(
    BOT_MESSAGES_PATH,
    {
      bodyLimit: BOT_BODY_LIMIT_BYTES,
      schema: {
        summary:
          'Bot Framework endpoint: activities from Teams (messages, invokes, meeting events, installs)',
        tags: ['bot'],
      },
    },
    async (request, reply) => {
      if (
        !options.authenticated &&
        !(isLoopbackPeer(request.socket.remoteAddress ?? '') && isLoopbackHostHeader(request.headers.host))
      ) {
        return sendProblem(reply, {
          type: problemTypes.unauthorized,
          title: 'Sign-in required',
          status: 401,
          detail: 'the bot accepts unauthenticated activities from loopback only; set BOT_APP_ID',
        });
      }
      const result = await options.endpoint.handle(request.body, request.headers);
      if (result.status === 401) {
        return sendProblem(reply, {
          type: problemTypes.unauthorized,
          title: 'Sign-in required',
          status: 401,
          detail: 'the Bot Framework token is missing or invalid',
        });
      }
      reply.code(result.status);
      return result.body === undefined ? reply.send() : reply.send(result.body);
    },
  );
}
