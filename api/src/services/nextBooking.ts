import { createHash } from 'node:crypto';
import type { BookingRecord } from '../data/repositories/bookings.js';
import type { TenantData } from '../data/tenantData.js';
import { nextCadenceSlot } from '../domain/cadence.js';
import type { CalendarPort } from '../domain/calendarPort.js';
import { conflict, DomainError, invalid, overlapping1on1 } from '../domain/errors.js';
import type { Locale } from '../domain/localizedText.js';
import type { Pair } from '../domain/pair.js';
import { overlappingSession, validateSchedule } from '../domain/session.js';
import {
  assertSearchDays,
  assertTimeZone,
  DEFAULT_TIME_ZONE,
  type Interval,
  isFree,
  minuteOfDay,
  proposeSlots,
} from '../domain/slots.js';
import { graphProblem } from '../graph/graphProblems.js';
import { renderIcs } from '../graph/icsCalendar.js';
import type { GraphIntegration } from '../graph/integration.js';
import { invitationHtml, invitationSubject, invitationText, sessionLink } from '../graph/invitation.js';
import type { Logger } from '../logging.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { carryOver } from './carryOver.js';
import { loadParticipantSession } from './participantSession.js';
import { assertNoOverlap } from './scheduleSession.js';
import { sessionBrief } from './sessionBrief.js';
import { changeSession } from './sessionChanges.js';

const DAY_MS = 24 * 60 * 60_000;
const PROPOSAL_COUNT = 3;

export interface BookingDeps {
  graph: GraphIntegration;
  notifier: SessionChangeNotifier;
  now: () => Date;
  publicUrl: string;
}

/** Who asks: one of the pair, with the token Outlook is asked on behalf of. */
export interface BookingCaller {
  actorId: string;
  /** The caller's bearer token, handed only to on-behalf-of. */
  assertion: string;
  locale: Locale;
  log: Logger;
}

export interface NextProposals {
  /** The rhythm's date first when both are free, then the best other times. */
  offered: Array<Interval & { rhythm: boolean }>;
  /** The rhythm's date even when one of the two is busy then. */
  rhythm: (Interval & { free: boolean }) | null;
  timeZone: string;
}

/** The booked session as the tab shows it (also what a refused booking is told of the one already there). */
export function bookingView(booking: BookingRecord, mode: GraphIntegration['mode']) {
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

/** Same previous session and same start: the same id, so a retried booking is recognised as one. */
function nextSessionId(previousId: string, start: Date): string {
  const hex = createHash('sha256').update(`next:${previousId}:${start.toISOString()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function bookedNext(data: TenantData, booking: BookingRecord, mode: GraphIntegration['mode']) {
  if (booking.nextSessionId === null) return null;
  const next = await data.bookings.find(booking.nextSessionId);
  return next === null ? null : bookingView(next, mode);
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
 * The best times for the next 1on1 when both people are free, within working hours; the pair's
 * rhythm's date first when both are free then.
 */
export async function proposeNextTimes(
  data: TenantData,
  sessionId: string,
  caller: BookingCaller,
  query: { days: number; timeZone?: string; durationMinutes?: number },
  deps: BookingDeps,
): Promise<NextProposals> {
  const { graph, now } = deps;
  const { session, pair } = await loadParticipantSession(data, sessionId, caller.actorId);
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
  const calendar = graph.calendarFor({ data, userId: caller.actorId, assertion: caller.assertion });
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
  const offered = [
    ...(rhythm !== null && rhythmFree ? [{ ...rhythm, rhythm: true }] : []),
    ...proposals
      .filter((slot) => slot.start.getTime() !== rhythm?.start.getTime())
      .map((slot) => ({ ...slot, rhythm: false })),
  ].slice(0, PROPOSAL_COUNT);
  return { offered, rhythm: rhythm === null ? null : { ...rhythm, free: rhythmFree }, timeZone };
}

/**
 * Book the next 1on1: an Outlook event with a Teams meeting for both people (or, in dev mode, a
 * local event), linked as the next session. Should the session not be saved, the event is taken back.
 */
export async function bookNext(
  data: TenantData,
  sessionId: string,
  caller: BookingCaller,
  input: { scheduledStart: Date; scheduledEnd: Date; timeZone?: string },
  deps: BookingDeps,
): Promise<BookingRecord> {
  const { graph, notifier, now, publicUrl } = deps;
  const { session, pair } = await loadParticipantSession(data, sessionId, caller.actorId);
  const timeZone = assertTimeZone(input.timeZone ?? DEFAULT_TIME_ZONE);
  const schedule = validateSchedule({
    scheduledStart: input.scheduledStart,
    scheduledEnd: input.scheduledEnd,
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
  if (clash !== null) throw overlapping1on1(sessionBrief(clash));

  const slot = { start: schedule.scheduledStart, end: schedule.scheduledEnd };
  const calendar = graph.calendarFor({ data, userId: caller.actorId, assertion: caller.assertion });
  const busy = await onCalendar(graph, () => calendar.busy([pair.manager, pair.member], slot));
  if (!isFree(slot, busy)) throw conflict('that time is no longer free for both of you');

  const nextId = nextSessionId(session.id, slot.start);
  const link = sessionLink(publicUrl, nextId);
  const meeting = await onCalendar(graph, () =>
    calendar.book({
      subject: invitationSubject(pair, caller.locale),
      bodyHtml: invitationHtml(link, caller.locale),
      start: slot.start,
      end: slot.end,
      timeZone,
      attendees: [pair.manager, pair.member],
      idempotencyKey: nextId,
    }),
  );
  try {
    return await saveBooking(
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
  } catch (error) {
    await takeBack(calendar, meeting.eventId, caller.log);
    if (error instanceof DomainError && error.kind === 'conflict' && error.reason === undefined) {
      const winner = await data.bookings.find(session.id);
      throw conflict(error.message, winner === null ? undefined : await bookedNext(data, winner, graph.mode));
    }
    throw error;
  }
}

/** The 1on1 as an iCalendar file, for one of the pair. */
export async function sessionCalendarFile(
  data: TenantData,
  sessionId: string,
  actorId: string,
  locale: Locale,
  deps: Pick<BookingDeps, 'now' | 'publicUrl'>,
): Promise<string> {
  const { session, pair } = await loadParticipantSession(data, sessionId, actorId);
  const booking = await data.bookings.find(session.id);
  if (booking === null) throw invalid('sessionId', 'is not a session');
  const link = sessionLink(deps.publicUrl, session.id);
  // The organizer is whoever booked it; a 1on1 not booked through Taiwa is the manager's.
  const booker = pair.member.id === booking.graphOrganizerId ? pair.member : pair.manager;
  return renderIcs({
    uid: `${booking.graphEventId ?? booking.id}@taiwa`,
    sequence: Math.max(0, session.version - 1),
    start: booking.scheduledStart,
    end: booking.scheduledEnd,
    stamp: deps.now(),
    summary: invitationSubject(pair, locale),
    description: invitationText(link, locale),
    url: link,
    organizer: booker.email === null ? null : { name: booker.displayName, email: booker.email },
    cancelled: booking.cancelledAt !== null,
  });
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
async function takeBack(calendar: CalendarPort, eventId: string, log: Logger): Promise<void> {
  try {
    await calendar.cancel(eventId);
  } catch (error) {
    log.warn({ err: error }, 'could not remove a calendar event after a failed booking');
  }
}
