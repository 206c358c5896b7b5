import type { Client } from '@microsoft/microsoft-graph-client';
import type { CalendarPort, MeetingRequest } from '../domain/calendarPort.js';
import type { Person } from '../domain/people.js';
import type { Interval } from '../domain/slots.js';
import type { GraphClientFactory } from './graphClient.js';
import {
  type EventBody,
  fromGraphUtc,
  type GetScheduleRequest,
  type GraphCollection,
  type GraphEvent,
  PREFER_UTC,
  type ScheduleInformation,
  toGraphUtc,
} from './graphShapes.js';
import type { GraphCaller, GraphTokenSource } from './graphTokens.js';

const VIEW_INTERVAL_MINUTES = 15;
const BUSY_STATUSES = new Set(['tentative', 'busy', 'oof']);
const BUSY_VIEW_DIGITS = new Set(['1', '2', '3']);

export function calendarScopes(graphBaseUrl: string): string[] {
  return [`${graphBaseUrl}/Calendars.ReadWrite`];
}

/** Reads an availabilityView string: every non-free digit is a busy interval of the view's length. */
export function busyFromAvailabilityView(view: string, start: Date, intervalMinutes: number): Interval[] {
  const busy: Interval[] = [];
  for (let index = 0; index < view.length; index++) {
    if (!BUSY_VIEW_DIGITS.has(view[index] ?? '0')) continue;
    const from = start.getTime() + index * intervalMinutes * 60_000;
    busy.push({ start: new Date(from), end: new Date(from + intervalMinutes * 60_000) });
  }
  return busy;
}

export function busyFromSchedule(schedule: ScheduleInformation, windowStart: Date): Interval[] {
  const fromItems = (schedule.scheduleItems ?? [])
    .filter((item) => BUSY_STATUSES.has(item.status))
    .map((item) => ({ start: fromGraphUtc(item.start), end: fromGraphUtc(item.end) }));
  // The view also covers items Graph leaves out of scheduleItems (e.g. calendars shared as free/busy only).
  const fromView = busyFromAvailabilityView(
    schedule.availabilityView ?? '',
    windowStart,
    VIEW_INTERVAL_MINUTES,
  );
  return [...fromItems, ...fromView];
}

/** Outlook through Graph, acting for the signed-in person with an on-behalf-of token. */
export function createGraphCalendar(options: {
  caller: GraphCaller;
  graphBaseUrl: string;
  tokens: GraphTokenSource;
  graph: GraphClientFactory;
}): CalendarPort {
  const { caller } = options;
  const token = () => options.tokens.onBehalfOf(caller, calendarScopes(options.graphBaseUrl));
  const asCaller = <T>(work: (client: Client) => Promise<T>): Promise<T> =>
    options.graph.forMailbox(caller.userId, token, work);

  return {
    kind: 'graph',
    async busy(people: readonly Person[], window: Interval) {
      const schedules = people.flatMap((person) => (person.email === null ? [] : [person.email]));
      if (schedules.length === 0) return [];
      const body: GetScheduleRequest = {
        schedules,
        startTime: toGraphUtc(window.start),
        endTime: toGraphUtc(window.end),
        availabilityViewInterval: VIEW_INTERVAL_MINUTES,
      };
      const response = await asCaller<GraphCollection<ScheduleInformation>>((client) =>
        client.api('/me/calendar/getSchedule').header('Prefer', PREFER_UTC).post(body),
      );
      return response.value.flatMap((schedule) =>
        schedule.error === undefined ? busyFromSchedule(schedule, window.start) : [],
      );
    },
    async book(request: MeetingRequest) {
      const body: EventBody = {
        subject: request.subject,
        body: { contentType: 'HTML', content: request.bodyHtml },
        start: toGraphUtc(request.start),
        end: toGraphUtc(request.end),
        attendees: request.attendees.flatMap((person) =>
          person.email === null
            ? []
            : [
                {
                  emailAddress: { address: person.email, name: person.displayName },
                  type: 'required' as const,
                },
              ],
        ),
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        allowNewTimeProposals: true,
        transactionId: request.idempotencyKey,
      };
      const event = await asCaller<GraphEvent>((client) =>
        client.api('/me/events').header('Prefer', PREFER_UTC).post(body),
      );
      return { eventId: event.id, joinUrl: event.onlineMeeting?.joinUrl ?? null, organizerId: caller.userId };
    },
    async cancel(eventId: string) {
      await asCaller<void>((client) => client.api(`/me/events/${encodeURIComponent(eventId)}`).delete());
    },
  };
}
