import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { DEFAULT_SEARCH_DAYS, MAX_SEARCH_DAYS } from '../../domain/slots.js';
import { GraphProblemSchema } from '../../graph/graphProblems.js';
import type { GraphIntegration } from '../../graph/integration.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import {
  type BookingCaller,
  type BookingDeps,
  bookingView,
  bookNext,
  proposeNextTimes,
  sessionCalendarFile,
} from '../../services/nextBooking.js';
import { bearerAssertion } from '../calendarCaller.js';
import { DateTime, problemResponses, SessionParams, SessionStatusSchema } from '../schemas.js';

const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Asia/Tokyo' });

export const BookedSessionSchema = Type.Object({
  id: Type.String(),
  pairId: Type.String(),
  status: SessionStatusSchema,
  scheduledStart: DateTime,
  scheduledEnd: DateTime,
  /** The Teams meeting link; null for a dev-mode booking. */
  joinUrl: Type.Union([Type.String(), Type.Null()]),
  /** `graph`: an Outlook event; `local`: dev mode, download `icsUrl` to add it to a calendar. */
  calendar: Type.Union([Type.Literal('graph'), Type.Literal('local')]),
  icsUrl: Type.String(),
  cancelled: Type.Boolean(),
  /**
   * False once Taiwa stopped following the Outlook event because Microsoft 365 kept refusing to let
   * it read it (the pair was told; a move in Outlook must be made in Taiwa too).
   */
  calendarFollowed: Type.Boolean(),
});

const ProposalsSchema = Type.Object({
  proposals: Type.Array(
    Type.Object({
      scheduledStart: DateTime,
      scheduledEnd: DateTime,
      /** The date the pair's rhythm puts the next 1on1 on (offered first when both are free). */
      rhythm: Type.Boolean(),
    }),
  ),
  /** The rhythm's date even when one of the two is busy then, so the tab can say why it is not offered. */
  rhythm: Type.Union([
    Type.Object({ scheduledStart: DateTime, scheduledEnd: DateTime, free: Type.Boolean() }),
    Type.Null(),
  ]),
  timeZone: Type.String(),
  calendar: Type.Union([Type.Literal('graph'), Type.Literal('local')]),
});

const graphResponses = {
  ...problemResponses,
  403: GraphProblemSchema,
  409: problemResponses[400],
  422: problemResponses[400],
  502: problemResponses[400],
  503: problemResponses[400],
} as const;

function caller(request: FastifyRequest): BookingCaller {
  return {
    actorId: request.actor.id,
    assertion: bearerAssertion(request),
    locale: request.locale,
    log: request.log,
  };
}

/**
 * Booking the next 1on1: free times for both people, then an Outlook event with a Teams meeting
 * (or, in dev mode, a local event with an .ics file). Either participant may book.
 */
export async function bookingRoutes(
  app: FastifyInstance,
  options: { graph: GraphIntegration; notifier: SessionChangeNotifier; now: () => Date; publicUrl: string },
) {
  const { graph } = options;
  const deps: BookingDeps = options;

  app.get(
    '/sessions/:sessionId/next/proposals',
    {
      schema: {
        summary: 'The best three times for the next 1on1 when both people are free, within working hours',
        tags: ['booking'],
        params: SessionParams,
        querystring: Type.Object(
          {
            days: Type.Integer({ minimum: 1, maximum: MAX_SEARCH_DAYS, default: DEFAULT_SEARCH_DAYS }),
            timeZone: Type.Optional(TimeZone),
            durationMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 240 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ProposalsSchema, ...graphResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const query = request.query as { days: number; timeZone?: string; durationMinutes?: number };
      const { offered, rhythm, timeZone } = await proposeNextTimes(
        request.data,
        sessionId,
        caller(request),
        query,
        deps,
      );
      return {
        proposals: offered.map((slot) => ({
          scheduledStart: slot.start.toISOString(),
          scheduledEnd: slot.end.toISOString(),
          rhythm: slot.rhythm,
        })),
        rhythm:
          rhythm === null
            ? null
            : {
                scheduledStart: rhythm.start.toISOString(),
                scheduledEnd: rhythm.end.toISOString(),
                free: rhythm.free,
              },
        timeZone,
        calendar: graph.mode,
      };
    },
  );

  app.post(
    '/sessions/:sessionId/next',
    {
      schema: {
        summary:
          'Book the next 1on1: an Outlook event with a Teams meeting for both people, linked as the next session',
        tags: ['booking'],
        params: SessionParams,
        body: Type.Object(
          { scheduledStart: DateTime, scheduledEnd: DateTime, timeZone: Type.Optional(TimeZone) },
          { additionalProperties: false },
        ),
        response: { 201: BookedSessionSchema, ...graphResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const body = request.body as { scheduledStart: string; scheduledEnd: string; timeZone?: string };
      const booked = await bookNext(
        request.data,
        sessionId,
        caller(request),
        { ...body, scheduledStart: new Date(body.scheduledStart), scheduledEnd: new Date(body.scheduledEnd) },
        deps,
      );
      return reply.code(201).send(bookingView(booked, graph.mode));
    },
  );

  app.get(
    '/sessions/:sessionId/calendar.ics',
    {
      schema: {
        summary: 'The 1on1 as an iCalendar (RFC 5545) file, to add it to any calendar',
        tags: ['booking'],
        params: SessionParams,
        produces: ['text/calendar'],
        response: { 200: Type.String(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const ics = await sessionCalendarFile(request.data, sessionId, request.actor.id, request.locale, deps);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="taiwa-1on1.ics"')
        .send(ics);
    },
  );
}
