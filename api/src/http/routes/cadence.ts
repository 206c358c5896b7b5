import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CADENCE_DURATION_MINUTES,
  CADENCE_RHYTHMS,
  type Cadence,
  LAST_WEEK_OF_MONTH,
} from '../../domain/cadence.js';
import { type CadenceView, clearCadence, setCadence, viewCadence } from '../../services/pairCadence.js';
import { DateTime, Id, problemResponses } from '../schemas.js';

const PairParams = Type.Object({ pairId: Id }, { additionalProperties: false });

const CadenceSchema = Type.Object(
  {
    rhythm: Type.Union(CADENCE_RHYTHMS.map((rhythm) => Type.Literal(rhythm))),
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
    minuteOfDay: Type.Integer({ minimum: 0, maximum: 1439, description: 'Local minutes after midnight' }),
    durationMinutes: Type.Integer({
      minimum: CADENCE_DURATION_MINUTES.min,
      maximum: CADENCE_DURATION_MINUTES.max,
    }),
    timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Asia/Tokyo' }),
    weekOfMonth: Type.Union([Type.Integer({ minimum: 1, maximum: LAST_WEEK_OF_MONTH }), Type.Null()], {
      description: `Monthly only: the 1st to 4th such weekday of the month, or ${LAST_WEEK_OF_MONTH} for the last`,
    }),
  },
  { additionalProperties: false },
);

const CadenceViewSchema = Type.Object({
  cadence: Type.Union([CadenceSchema, Type.Null()]),
  next: Type.Union([Type.Object({ scheduledStart: DateTime, scheduledEnd: DateTime }), Type.Null()]),
});

function present(view: CadenceView) {
  return {
    cadence: view.cadence,
    next:
      view.next === null
        ? null
        : { scheduledStart: view.next.start.toISOString(), scheduledEnd: view.next.end.toISOString() },
  };
}

/** A pair's rhythm: either person sets it; booking the next 1on1 proposes its date first. */
export async function cadenceRoutes(app: FastifyInstance, options: { now: () => Date }) {
  app.get(
    '/pairs/:pairId/cadence',
    {
      schema: {
        summary: "The pair's rhythm and the date it puts the next 1on1 on (null when none is set)",
        tags: ['pairs'],
        params: PairParams,
        response: { 200: CadenceViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      return present(await viewCadence(request.data, pairId, request.actor.id, options.now()));
    },
  );

  app.put(
    '/pairs/:pairId/cadence',
    {
      schema: {
        summary: "Set the pair's rhythm: weekly, every two weeks or monthly, on a weekday at a local time",
        tags: ['pairs'],
        params: PairParams,
        body: CadenceSchema,
        response: { 200: CadenceViewSchema, ...problemResponses, 422: problemResponses[400] },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const view = await setCadence(
        request.data,
        pairId,
        request.actor.id,
        request.body as Cadence,
        options.now(),
      );
      return present(view);
    },
  );

  app.delete(
    '/pairs/:pairId/cadence',
    {
      schema: {
        summary: "Stop the pair's rhythm (1on1s already planned stay)",
        tags: ['pairs'],
        params: PairParams,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { pairId } = request.params as { pairId: string };
      await clearCadence(request.data, pairId, request.actor.id);
      return reply.code(204).send();
    },
  );
}
