import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { statusRequest } from '../../domain/meeting.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import type { SessionLifecycle } from '../../services/sessionLifecycle.js';
import { sessionSummary } from '../presenters.js';
import { problemResponses, SessionParams, SessionSummarySchema } from '../schemas.js';

/**
 * planned → live (the tab opened in the meeting within the 1on1's window, or the meeting started)
 * → ended (the meeting ended, or someone pressed "end 1on1"). Asking for the status a session
 * already has changes nothing; asking to go live outside the window is refused (409
 * outside-meeting-window), so a 1on1 days ahead stays planned.
 */
export async function sessionStatusRoutes(
  app: FastifyInstance,
  options: { lifecycle: SessionLifecycle; now: () => Date },
) {
  app.post(
    '/sessions/:sessionId/status',
    {
      schema: {
        summary:
          'Start (live, only within 30 minutes of its time) or end a 1on1; ending carries what is left open to the next one',
        tags: ['sessions'],
        params: SessionParams,
        body: Type.Object(
          { status: Type.Union([Type.Literal('live'), Type.Literal('ended')]) },
          { additionalProperties: false },
        ),
        response: { 200: SessionSummarySchema, ...problemResponses, 409: problemResponses[400] },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { status } = request.body as { status: 'live' | 'ended' };
      const { actor, data } = request;
      const { session } = await loadParticipantSession(data, sessionId, actor.id);
      const at = options.now();
      const opened = { scheduledStart: session.scheduledStart, scheduledEnd: session.scheduledEnd, now: at };
      if (statusRequest(session.status, status, opened) === 'unchanged') return sessionSummary(session);
      const changed =
        status === 'live'
          ? await options.lifecycle.start(data, session.id, at)
          : await options.lifecycle.end(data, session.id, at);
      if (changed !== null) return sessionSummary(changed);
      // The other person got there first: answer with where it stands now.
      const { session: current } = await loadParticipantSession(data, sessionId, actor.id);
      statusRequest(current.status, status);
      return sessionSummary(current);
    },
  );
}
