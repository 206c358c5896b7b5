import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { GraphIntegration } from '../../graph/integration.js';
import type { ManagerDirectory } from '../../services/managerDirectory.js';
import { listMyPairs } from '../../services/myPairs.js';
import { confirmPair, createPair, endPair } from '../../services/pairLifecycle.js';
import { listPairSessions, planPairSession } from '../../services/pairSessions.js';
import { calendarCaller } from '../calendarCaller.js';
import { pairView, sessionSummary } from '../presenters.js';
import { DateTime, Id, PairViewSchema, problemResponses, SessionSummarySchema } from '../schemas.js';

const PairParams = Type.Object({ pairId: Id }, { additionalProperties: false });

export async function pairRoutes(
  app: FastifyInstance,
  options: { now: () => Date; directory: ManagerDirectory; graph: GraphIntegration },
) {
  app.get(
    '/pairs',
    {
      schema: {
        summary: "The signed-in user's 1on1 pairs, as manager or member, with their next and last session",
        tags: ['pairs'],
        response: { 200: Type.Object({ pairs: Type.Array(PairViewSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { pairs, ratedSessionIds } = await listMyPairs(request.data, request.actor.id);
      const now = options.now();
      return {
        pairs: pairs.map(({ pair, role, sessions }) => pairView(pair, role, sessions, now, ratedSessionIds)),
      };
    },
  );

  app.post(
    '/pairs',
    {
      schema: {
        summary: 'Create a 1on1 pair of a manager and a member',
        tags: ['pairs'],
        body: Type.Object({ managerId: Id, memberId: Id }, { additionalProperties: false }),
        response: {
          201: PairViewSchema,
          ...problemResponses,
          403: problemResponses[400],
          409: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const people = request.body as { managerId: string; memberId: string };
      const { pair, role } = await createPair(request.data, request.actor, people, options.directory);
      return reply.code(201).send(pairView(pair, role, [], options.now()));
    },
  );

  app.post(
    '/pairs/:pairId/confirm',
    {
      schema: {
        summary: 'The member confirms that the person who proposed this pair is their manager',
        tags: ['pairs'],
        params: PairParams,
        response: {
          200: PairViewSchema,
          ...problemResponses,
          403: problemResponses[400],
          409: problemResponses[400],
        },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const { pair, role } = await confirmPair(request.data, pairId, request.actor.id, options.now());
      return pairView(pair, role, [], options.now());
    },
  );

  app.post(
    '/pairs/:pairId/end',
    {
      schema: {
        summary:
          'End a pair (either person or an admin): its history stays, read-only, and its future planned 1on1s are cancelled, with the calendar events the caller booked for them. A pending pair is declined and removed.',
        tags: ['pairs'],
        params: PairParams,
        response: { 204: Type.Null(), ...problemResponses, 403: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { pairId } = request.params as { pairId: string };
      await endPair(request.data, pairId, request.actor, options.now, {
        calendar: options.graph.calendarFor(calendarCaller(request)),
        log: request.log,
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/pairs/:pairId/sessions',
    {
      schema: {
        summary: "A pair's sessions, newest first",
        tags: ['sessions'],
        params: PairParams,
        response: { 200: Type.Object({ sessions: Type.Array(SessionSummarySchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const sessions = await listPairSessions(request.data, pairId, request.actor.id);
      return { sessions: sessions.map(sessionSummary) };
    },
  );

  app.post(
    '/pairs/:pairId/sessions',
    {
      schema: {
        summary: 'Schedule a 1on1 for a pair',
        tags: ['sessions'],
        params: PairParams,
        body: Type.Object(
          { scheduledStart: DateTime, scheduledEnd: DateTime },
          { additionalProperties: false },
        ),
        response: { 201: SessionSummarySchema, ...problemResponses, 422: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { pairId } = request.params as { pairId: string };
      const body = request.body as { scheduledStart: string; scheduledEnd: string };
      const session = await planPairSession(request.data, pairId, request.actor.id, {
        scheduledStart: new Date(body.scheduledStart),
        scheduledEnd: new Date(body.scheduledEnd),
      });
      return reply.code(201).send(sessionSummary(session));
    },
  );
}
