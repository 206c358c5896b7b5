import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { BookingRecord } from '../../data/repositories/bookings.js';
import type { TenantData } from '../../data/tenantData.js';
import { nextCadenceSlot } from '../../domain/cadence.js';
import type { CalendarPort } from '../../domain/calendarPort.js';
import { conflict, DomainError, invalid, overlapping1on1 } from '../../domain/errors.js';
import type { Pair } from '../../domain/pair.js';
import { overlappingSession, validateSchedule } from '../../domain/session.js';
import {
  assertSearchDays,
  assertTimeZone,
  DEFAULT_SEARCH_DAYS,
  DEFAULT_TIME_ZONE,
  isFree,
  MAX_SEARCH_DAYS,
  minuteOfDay,
  proposeSlots,
} from '../../domain/slots.js';
import { GraphProblemSchema, graphProblem } from '../../graph/graphProblems.js';
import { renderIcs } from '../../graph/icsCalendar.js';
import type { GraphIntegration } from '../../graph/integration.js';
import { invitationHtml, invitationSubject, invitationText, sessionLink } from '../../graph/invitation.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { carryOver } from '../../services/carryOver.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import { assertNoOverlap, existingView } from '../../services/scheduleSession.js';
import { changeSession } from '../../services/sessionChanges.js';
import { DateTime, Id, problemResponses, SessionStatusSchema } from '../schemas.js';

const SessionParams = Type.Object({ sessionId: Id }, { additionalProperties: false });
const TimeZone = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Asia/Tokyo' });
const DAY_MS = 24 * 60 * 60_000;
const PROPOSAL_COUNT = 3;

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

function presentBooking(booking: BookingRecord, mode: GraphIntegration['mode']) {
  return {
    id: booking.id,
    pairId: booking.pairId,
    status: booking.status,
    scheduledStart: booking.scheduledStart.toISOString(),
    scheduledEnd: booking.scheduledEnd.toISOString(),
    joinUrl: booking.joinUrl,
    calendar: mode,
    icsUrl: `/api/v1/sessions/${encodeURIComponent(booking.id)}/calendar.ics`,
    cancelled: booking.cancelledAt !== null,
    calendarFollowed: booking.calendarWatchStoppedAt === null,
  };
}

function assertion(request: FastifyRequest): string {
  // authenticate.ts has verified this header already; the token is only handed to on-behalf-of.
  return (request.headers.authorization ?? '').replace(/^Bearer /, '');
}

/** Same previous session and same start: the same id, so a retried booking is recognised as one. */
function nextSessionId(previousId: string, start: Date): string {
  const hex = createHash('sha256').update(`next:${previousId}:${start.toISOString()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function bookedNext(data: TenantData, booking: BookingRecord, mode: GraphIntegration['mode']) {
  if (booking.nextSessionId === null) return null;
  const next = await data.bookings.find(booking.nextSessionId);
  return next === null ? null : presentBooking(next, mode);
}

/** Runs a calendar call, turning Graph's refusals into problems the tab can act on. */
async function onCalendar<T>(integration: GraphIntegration, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw graphProblem(error, integration.calendarScopes) ?? error;
  }
}

/**
 * Booking the next 1on1: free times for both people, then an Outlook event with a Teams meeting
 * (or, in dev mode, a local event with an .ics file). Either participant may book.
 */
export async function bookingRoutes(
  app: FastifyInstance,
  options: { graph: GraphIntegration; notifier: SessionChangeNotifier; now: () => Date; publicUrl: string },
) {
  const { graph, notifier, now, publicUrl } = options;

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
      const { data, actor } = request;
      const { session, pair } = await loadParticipantSession(data, sessionId, actor.id);
      const timeZone = assertTimeZone(query.timeZone ?? DEFAULT_TIME_ZONE);
      const days = assertSearchDays(query.days);
      const booking = await data.bookings.find(session.id);
      if (booking === null) throw invalid('sessionId', 'is not a session');
      const already = await bookedNext(data, booking, graph.mode);
      if (already !== null) throw conflict('the next 1on1 is already booked', already);

      const durationMinutes =
        query.durationMinutes ??
        Math.round((session.scheduledEnd.getTime() - session.scheduledStart.getTime()) / 60_000);
      const notBefore = new Date(Math.max(now().getTime(), session.scheduledEnd.getTime()));
      const cadence = await data.cadences.find(pair.id);
      const rhythm =
        cadence === null
          ? null
          : nextCadenceSlot(cadence, { now: notBefore, previousStart: session.scheduledStart });
      const searchEnd = notBefore.getTime() + (days + 2) * DAY_MS;
      const window = {
        start: notBefore,
        end: new Date(Math.max(searchEnd, rhythm?.end.getTime() ?? searchEnd)),
      };
      const calendar = graph.calendarFor({ data, userId: actor.id, assertion: assertion(request) });
      const busy = await onCalendar(graph, () => calendar.busy([pair.manager, pair.member], window));
      const proposals = proposeSlots(
        {
          notBefore,
          days,
          durationMinutes,
          timeZone,
          busy,
          preferredMinuteOfDay: minuteOfDay(session.scheduledStart, timeZone),
        },
        PROPOSAL_COUNT,
      );
      const rhythmFree = rhythm !== null && isFree(rhythm, busy);
      // The rhythm's date first when both are free, then the best other times.
      const offered = [
        ...(rhythm !== null && rhythmFree ? [{ ...rhythm, rhythm: true }] : []),
        ...proposals
          .filter((slot) => slot.start.getTime() !== rhythm?.start.getTime())
          .map((slot) => ({ ...slot, rhythm: false })),
      ].slice(0, PROPOSAL_COUNT);
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
                free: rhythmFree,
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
      const { data, actor } = request;
      const { session, pair } = await loadParticipantSession(data, sessionId, actor.id);
      const timeZone = assertTimeZone(body.timeZone ?? DEFAULT_TIME_ZONE);
      const schedule = validateSchedule({
        scheduledStart: new Date(body.scheduledStart),
        scheduledEnd: new Date(body.scheduledEnd),
      });
      if (schedule.scheduledStart.getTime() <= now().getTime()) {
        throw invalid('scheduledStart', 'must be in the future');
      }
      const current = await data.bookings.find(session.id);
      if (current === null) throw invalid('sessionId', 'is not a session');
      const already = await bookedNext(data, current, graph.mode);
      if (already !== null) throw conflict('the next 1on1 is already booked', already);
      // Checked before Outlook is asked (no event to take back), and again under the lock in saveBooking.
      const clash = overlappingSession(await data.sessions.listOpenForPair(pair.id), schedule);
      if (clash !== null) throw overlapping1on1(existingView(clash));

      const slot = { start: schedule.scheduledStart, end: schedule.scheduledEnd };
      const calendar = graph.calendarFor({ data, userId: actor.id, assertion: assertion(request) });
      const busy = await onCalendar(graph, () => calendar.busy([pair.manager, pair.member], slot));
      if (!isFree(slot, busy)) throw conflict('that time is no longer free for both of you');

      const nextId = nextSessionId(session.id, slot.start);
      const link = sessionLink(publicUrl, nextId);
      const meeting = await onCalendar(graph, () =>
        calendar.book({
          subject: invitationSubject(pair, request.locale),
          bodyHtml: invitationHtml(link, request.locale),
          start: slot.start,
          end: slot.end,
          timeZone,
          attendees: [pair.manager, pair.member],
          idempotencyKey: nextId,
        }),
      );
      try {
        const booked = await saveBooking(
          data,
          notifier,
          session.id,
          pair,
          {
            id: nextId,
            pairId: pair.id,
            start: slot.start,
            end: slot.end,
            eventId: meeting.eventId,
            joinUrl: meeting.joinUrl,
            organizerId: meeting.organizerId,
          },
          now(),
        );
        return reply.code(201).send(presentBooking(booked, graph.mode));
      } catch (error) {
        await takeBack(calendar, meeting.eventId, request);
        if (error instanceof DomainError && error.kind === 'conflict' && error.reason === undefined) {
          const winner = await data.bookings.find(session.id);
          throw conflict(
            error.message,
            winner === null ? undefined : await bookedNext(data, winner, graph.mode),
          );
        }
        throw error;
      }
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
      const { data, actor } = request;
      const { session, pair } = await loadParticipantSession(data, sessionId, actor.id);
      const booking = await data.bookings.find(session.id);
      if (booking === null) throw invalid('sessionId', 'is not a session');
      const link = sessionLink(publicUrl, session.id);
      // The organizer is whoever booked it; a 1on1 not booked through Taiwa is the manager's.
      const booker = pair.member.id === booking.graphOrganizerId ? pair.member : pair.manager;
      const ics = renderIcs({
        uid: `${booking.graphEventId ?? booking.id}@taiwa`,
        sequence: Math.max(0, session.version - 1),
        start: booking.scheduledStart,
        end: booking.scheduledEnd,
        stamp: now(),
        summary: invitationSubject(pair, request.locale),
        description: invitationText(link, request.locale),
        url: link,
        organizer: booker.email === null ? null : { name: booker.displayName, email: booker.email },
        cancelled: booking.cancelledAt !== null,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="taiwa-1on1.ics"')
        .send(ics);
    },
  );
}

/** Writes the next session and links it, in one transaction that also tells both tabs. */
async function saveBooking(
  data: TenantData,
  notifier: SessionChangeNotifier,
  previousId: string,
  pair: Pair,
  booking: Parameters<TenantData['bookings']['createNext']>[1],
  at: Date,
): Promise<BookingRecord> {
  return changeSession(data, notifier, previousId, async (trx, record) => {
    const locked = await trx.bookings.lock(previousId);
    if (locked === null) throw invalid('sessionId', 'is not a session');
    if (locked.nextSessionId !== null) throw conflict('the next 1on1 was booked a moment ago');
    await assertNoOverlap(trx, pair.id, { scheduledStart: booking.start, scheduledEnd: booking.end });
    const created = await trx.bookings.createNext(previousId, booking, at);
    if (locked.status === 'ended') await carryOver(trx, previousId);
    await record('session.next', {
      nextSessionId: created.id,
      scheduledStart: created.scheduledStart.toISOString(),
      scheduledEnd: created.scheduledEnd.toISOString(),
      pairId: pair.id,
    });
    return created;
  });
}

/** The event exists but the session could not be saved: remove the event so nobody gets a stray invite. */
async function takeBack(calendar: CalendarPort, eventId: string, request: FastifyRequest): Promise<void> {
  try {
    await calendar.cancel(eventId);
  } catch (error) {
    request.log.warn({ err: error }, 'could not remove a calendar event after a failed booking');
  }
}
