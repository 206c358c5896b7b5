import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { invalid, notFound } from '../../domain/errors.js';
import {
  assertMayConfirmPair,
  assertMayCreatePair,
  assertMayEndPair,
  roleInPair,
} from '../../domain/pair.js';
import { validateSchedule } from '../../domain/session.js';
import { type ManagerDirectory, startingStatus } from '../../services/managerDirectory.js';
import { participantPair } from '../../services/participantSession.js';
import { scheduleSession } from '../../services/scheduleSession.js';
import { pairView, sessionSummary } from '../presenters.js';
import { DateTime, Id, PairViewSchema, problemResponses, SessionSummarySchema } from '../schemas.js';

const PairParams = Type.Object({ pairId: Id }, { additionalProperties: false });

export { participantPair };

export async function pairRoutes(
  app: FastifyInstance,
  options: { now: () => Date; directory: ManagerDirectory },
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
      const { actor, data } = request;
      const pairs = await data.pairs.listForUser(actor.id);
      const sessions = await data.sessions.listForPairs(pairs.map((pair) => pair.id));
      const now = options.now();
      const ended = sessions.filter((session) => session.status === 'ended').map((session) => session.id);
      const rated = new Set((await data.ratingStates.forSessions(ended)).keys());
      return {
        pairs: pairs.map((pair) =>
          pairView(
            pair,
            roleInPair(pair, actor.id) ?? 'member',
            sessions.filter((session) => session.pairId === pair.id),
            now,
            rated,
          ),
        ),
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
      const { actor, data } = request;
      const { managerId, memberId } = request.body as { managerId: string; memberId: string };
      assertMayCreatePair(actor, managerId, memberId);
      if ((await data.users.findById(managerId)) === null) {
        throw invalid('managerId', 'is not a known person in your organisation');
      }
      if ((await data.users.findById(memberId)) === null) {
        throw invalid('memberId', 'is not a known person in your organisation');
      }
      const id = randomUUID();
      const status = await startingStatus(options.directory, actor, managerId, memberId);
      await data.pairs.create(id, managerId, memberId, { status, proposedBy: actor.id });
      const pair = await data.pairs.findById(id);
      if (pair === null) throw notFound('pair');
      return reply.code(201).send(pairView(pair, roleInPair(pair, actor.id) ?? 'manager', [], options.now()));
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
      const { actor, data } = request;
      const { pair, role } = await participantPair(data, pairId, actor.id, { pending: 'member' });
      assertMayConfirmPair(pair, actor.id);
      await data.pairs.confirm(pair.id, options.now());
      return pairView({ ...pair, status: 'established' }, role, [], options.now());
    },
  );

  app.post(
    '/pairs/:pairId/end',
    {
      schema: {
        summary:
          'End a pair (either person or an admin): its history stays, read-only. A pending pair is declined and removed.',
        tags: ['pairs'],
        params: PairParams,
        response: { 204: Type.Null(), ...problemResponses, 403: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { pairId } = request.params as { pairId: string };
      const { actor, data } = request;
      const pair = await data.pairs.findById(pairId);
      if (pair === null || (!actor.isAdmin && roleInPair(pair, actor.id) === null)) throw notFound('pair');
      assertMayEndPair(pair, actor);
      if (pair.status === 'pending') await data.pairs.deletePending(pair.id);
      else await data.pairs.end(pair.id, actor.id, options.now());
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
      const { pair } = await participantPair(request.data, pairId, request.actor.id);
      const sessions = await request.data.sessions.listForPairs([pair.id]);
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
      const { pair } = await participantPair(request.data, pairId, request.actor.id);
      const schedule = validateSchedule({
        scheduledStart: new Date(body.scheduledStart),
        scheduledEnd: new Date(body.scheduledEnd),
      });
      const session = await scheduleSession(request.data, pair.id, schedule);
      return reply.code(201).send(sessionSummary(session));
    },
  );
}
