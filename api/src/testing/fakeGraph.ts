import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';

/**
 * A loopback stand-in for Microsoft Graph v1.0 (point GRAPH_BASE_URL at `baseUrl`). It answers the
 * calls Taiwa makes with the request and response shapes Graph documents: calendar getSchedule,
 * events (create with a Teams meeting, get, delete), onlineMeetings by JoinWebUrl, callTranscripts
 * and their `text/vtt` content; errors use Graph's `{ error: { code, message, innerError } }`.
 * Tokens must be present; their claims (unverified, as only Graph could verify them) say who `/me` is.
 *
 * App-only tokens are held to what Graph documents: reading another person's event needs one of the
 * calendar application permissions in the token's `roles`; online meetings and their transcripts
 * need the application permission AND an application access policy granted to the user in the path
 * (Grant-CsApplicationAccessPolicy), or — for transcripts — the meeting chat's RSC grant
 * (OnlineMeetingTranscript.Read.Chat, given when Taiwa is added to the meeting). Anything else is
 * 403, as Graph answers it.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

interface FakeUser {
  id: string;
  mail: string;
}

interface BusyItem {
  status: 'busy' | 'tentative' | 'oof' | 'free';
  start: Date;
  end: Date;
}

export interface StoredEvent {
  id: string;
  organizerId: string;
  transactionId: string | null;
  body: Record<string, unknown>;
  start: Date;
  end: Date;
  isCancelled: boolean;
  joinUrl: string | null;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers: Record<string, string>;
  code: string;
  remaining: number;
}

export interface FakeGraph {
  baseUrl: string;
  requests: RecordedRequest[];
  addUser(user: FakeUser): void;
  addBusy(mail: string, item: BusyItem): void;
  events(organizerId: string): StoredEvent[];
  moveEvent(organizerId: string, eventId: string, start: Date, end: Date): void;
  cancelEvent(organizerId: string, eventId: string): void;
  deleteEvent(organizerId: string, eventId: string): void;
  /**
   * Publishes a transcript for the online meeting behind `joinUrl` (as Teams does after the
   * meeting): utterances are written the way Graph serves them (see `graphTranscriptContent`); a
   * string is served as it is.
   */
  publishTranscript(organizerId: string, joinUrl: string, content: string | readonly GraphUtterance[]): void;
  /**
   * A Teams meeting nobody booked through Graph (scheduled in Outlook by hand, or Meet now), with
   * its meeting chat: its id, join URL and chat thread, as Teams would report them.
   */
  addOnlineMeeting(organizerId: string, tenantId: string): { id: string; joinWebUrl: string; chatId: string };
  /** The tenant admin ran Grant-CsApplicationAccessPolicy for this user (app-only online meetings). */
  grantAccessPolicy(userId: string): void;
  /** Entra records `managerId` as the manager of `userId` (GET /users/{id}/manager). */
  setManager(userId: string, managerId: string): void;
  /** Taiwa was added to this meeting chat and its RSC permission was consented there. */
  grantRsc(chatId: string, permission: string): void;
  /** The next `times` requests matching method and path answer `status` (e.g. 429 with Retry-After). */
  failNext(fault: {
    method: string;
    path: RegExp;
    status: number;
    headers?: Record<string, string>;
    code?: string;
    times?: number;
  }): void;
  close(): Promise<void>;
}

/** One stretch of speech in a Teams transcript; offsets may be negative (see below). */
export interface GraphUtterance {
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
}

/** Graph's cue timing: `{h}:{m}:{s}.{ms}` without padding, e.g. `0:0:5.320`, `-0:0:1.200`. */
function graphOffset(ms: number): string {
  const whole = Math.abs(Math.trunc(ms));
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor((whole % 3_600_000) / 60_000);
  const seconds = Math.floor((whole % 60_000) / 1000);
  return `${ms < 0 ? '-' : ''}${hours}:${minutes}:${seconds}.${whole % 1000}`;
}

/**
 * The `text/vtt` body of GET …/transcripts/{id}/content as Graph documents it: `WEBVTT`, cues
 * without identifiers timed `0:0:0.0 --> 0:0:5.320`, each one voice `<v Name>…</v>`. "Negative
 * offsets indicate that the transcription began while the conversation was ongoing."
 */
export function graphTranscriptContent(utterances: readonly GraphUtterance[]): string {
  const cues = utterances.map(
    (utterance) =>
      `${graphOffset(utterance.startMs)} --> ${graphOffset(utterance.endMs)}\n<v ${utterance.speaker}>${utterance.text}</v>`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

const GRAPH_TIME = (instant: Date) => `${instant.toISOString().slice(0, 19)}.0000000`;

function graphError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(
    JSON.stringify({
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': randomUUID(),
          'client-request-id': randomUUID(),
        },
      },
    }),
  );
}

function json(response: ServerResponse, status: number, body: unknown) {
  response
    .writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal' })
    .end(JSON.stringify(body));
}

function readDateTime(value: unknown): Date {
  const { dateTime, timeZone } = value as { dateTime: string; timeZone: string };
  if (timeZone !== 'UTC') throw new Error(`the stand-in only speaks UTC, got ${timeZone}`);
  return new Date(`${dateTime.replace(/(\.\d{3})\d*$/, '$1')}Z`);
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

export async function startFakeGraph(): Promise<FakeGraph> {
  const users = new Map<string, FakeUser>();
  const busy = new Map<string, BusyItem[]>();
  const events: StoredEvent[] = [];
  const meetings: Array<{ id: string; organizerId: string; joinWebUrl: string; chatId: string }> = [];
  const accessPolicies = new Set<string>();
  const managers = new Map<string, string>();
  const rscGrants = new Set<string>();
  const transcripts: Array<{
    id: string;
    meetingId: string;
    callId: string;
    contentCorrelationId: string;
    createdDateTime: string;
    content: string;
  }> = [];
  const faults: Fault[] = [];
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  function busyOf(mail: string): BusyItem[] {
    const own = busy.get(mail.toLowerCase()) ?? [];
    const user = [...users.values()].find((candidate) => candidate.mail.toLowerCase() === mail.toLowerCase());
    const booked = events
      .filter((event) => !event.isCancelled)
      .filter((event) => {
        const attendees =
          (event.body.attendees as Array<{ emailAddress: { address: string } }> | undefined) ?? [];
        return (
          event.organizerId === user?.id ||
          attendees.some((a) => a.emailAddress.address.toLowerCase() === mail.toLowerCase())
        );
      })
      .map((event) => ({ status: 'busy' as const, start: event.start, end: event.end }));
    return [...own, ...booked];
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', baseUrl);
    const body = await readBody(request).catch(() => undefined);
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body,
    });

    const fault = faults.find(
      (candidate) => candidate.method === request.method && candidate.path.test(url.pathname),
    );
    if (fault !== undefined) {
      fault.remaining--;
      if (fault.remaining <= 0) faults.splice(faults.indexOf(fault), 1);
      graphError(
        response,
        fault.status,
        fault.code,
        `the stand-in was told to answer ${fault.status}`,
        fault.headers,
      );
      return;
    }

    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) {
      graphError(response, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
      return;
    }
    const claims = decodeJwt(token);
    const me = typeof claims.oid === 'string' && typeof claims.scp === 'string' ? claims.oid : null;
    const roles = new Set(Array.isArray(claims.roles) ? claims.roles.map(String) : []);
    const appOnly = me === null;
    const denied = () =>
      graphError(response, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    /** Online meetings, app-only: the application permission plus an access policy for the user. */
    const mayActForUser = (userId: string, permissions: readonly string[]) =>
      permissions.some((permission) => roles.has(permission)) && accessPolicies.has(userId);
    const notAllowedForUser = (userId: string) =>
      graphError(
        response,
        403,
        'Forbidden',
        `Application is not allowed to perform operations on the user '${userId}', neither is allowed access through RSC permission evaluation.`,
      );
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const route = (method: string, pattern: RegExp) =>
      request.method === method ? pattern.exec(path) : null;

    if (request.method === 'POST' && path === '/me/calendar/getSchedule') {
      if (me === null)
        return graphError(
          response,
          400,
          'BadRequest',
          '/me request is only valid with delegated authentication flow.',
        );
      const ask = body as {
        schedules: string[];
        startTime: unknown;
        endTime: unknown;
        availabilityViewInterval?: number;
      };
      const start = readDateTime(ask.startTime);
      const end = readDateTime(ask.endTime);
      const interval = (ask.availabilityViewInterval ?? 30) * 60_000;
      const value = ask.schedules.map((scheduleId) => {
        if (![...users.values()].some((user) => user.mail.toLowerCase() === scheduleId.toLowerCase())) {
          return {
            scheduleId,
            error: {
              message: `The specified user ${scheduleId} could not be found.`,
              responseCode: 'ErrorMailboxNotFound',
            },
          };
        }
        const items = busyOf(scheduleId).filter((item) => item.start < end && item.end > start);
        let view = '';
        for (let at = start.getTime(); at < end.getTime(); at += interval) {
          const hit = items.find(
            (item) =>
              item.start.getTime() < at + interval && item.end.getTime() > at && item.status !== 'free',
          );
          view += hit === undefined ? '0' : { tentative: '1', busy: '2', oof: '3', free: '0' }[hit.status];
        }
        return {
          scheduleId,
          availabilityView: view,
          scheduleItems: items.map((item) => ({
            isPrivate: false,
            status: item.status,
            subject: 'Busy',
            location: '',
            start: { dateTime: GRAPH_TIME(item.start), timeZone: 'UTC' },
            end: { dateTime: GRAPH_TIME(item.end), timeZone: 'UTC' },
          })),
          workingHours: {
            daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
            startTime: '09:00:00.0000000',
            endTime: '18:00:00.0000000',
            timeZone: { name: 'Tokyo Standard Time' },
          },
        };
      });
      return json(response, 200, {
        '@odata.context': `${baseUrl}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`,
        value,
      });
    }

    if (request.method === 'POST' && path === '/me/events') {
      if (me === null)
        return graphError(
          response,
          400,
          'BadRequest',
          '/me request is only valid with delegated authentication flow.',
        );
      const ask = body as Record<string, unknown>;
      const transactionId = typeof ask.transactionId === 'string' ? ask.transactionId : null;
      const existing = events.find(
        (event) =>
          transactionId !== null && event.transactionId === transactionId && event.organizerId === me,
      );
      const event =
        existing ??
        (() => {
          const online = ask.isOnlineMeeting === true && ask.onlineMeetingProvider === 'teamsForBusiness';
          const meeting = online ? newMeeting(me, String(claims.tid)) : null;
          const stored: StoredEvent = {
            id: `AAMkAG${randomUUID().replaceAll('-', '')}=`,
            organizerId: me,
            transactionId,
            body: ask,
            start: readDateTime(ask.start),
            end: readDateTime(ask.end),
            isCancelled: false,
            joinUrl: meeting?.joinWebUrl ?? null,
          };
          events.push(stored);
          return stored;
        })();
      return json(response, 201, presentEvent(event));
    }

    const deleting = route('DELETE', /^\/me\/events\/([^/]+)$/);
    if (deleting !== null) {
      const index = events.findIndex(
        (event) => event.id === decodeURIComponent(deleting[1] ?? '') && event.organizerId === me,
      );
      if (index < 0)
        return graphError(
          response,
          404,
          'ErrorItemNotFound',
          'The specified object was not found in the store.',
        );
      events.splice(index, 1);
      response.writeHead(204).end();
      return;
    }

    const readingManager = route('GET', /^\/users\/([^/]+)\/manager$/);
    if (readingManager !== null) {
      // Get manager, application: User.Read.All (least privileged) or Directory.Read.All.
      if (appOnly && !['User.Read.All', 'Directory.Read.All'].some((r) => roles.has(r))) return denied();
      const managerId = managers.get(decodeURIComponent(readingManager[1] ?? '').toLowerCase());
      if (managerId === undefined) {
        return graphError(response, 404, 'Request_ResourceNotFound', `Resource 'manager' does not exist.`);
      }
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ '@odata.type': '#microsoft.graph.user', id: managerId }));
      return;
    }

    const readingEvent = route('GET', /^\/users\/([^/]+)\/events\/([^/]+)$/);
    if (readingEvent !== null) {
      const [, userId = '', eventId = ''] = readingEvent;
      // Get event, application: Calendars.ReadBasic.All (least privileged), Calendars.Read, Calendars.ReadWrite.
      if (
        appOnly &&
        !['Calendars.ReadBasic.All', 'Calendars.Read', 'Calendars.ReadWrite'].some((r) => roles.has(r))
      )
        return denied();
      const event = events.find(
        (candidate) =>
          candidate.organizerId === decodeURIComponent(userId) &&
          candidate.id === decodeURIComponent(eventId),
      );
      if (event === undefined)
        return graphError(
          response,
          404,
          'ErrorItemNotFound',
          'The specified object was not found in the store.',
        );
      return json(response, 200, presentEvent(event));
    }

    const findingMeeting = route('GET', /^\/users\/([^/]+)\/onlineMeetings$/);
    if (findingMeeting !== null) {
      const organizerId = decodeURIComponent(findingMeeting[1] ?? '');
      if (appOnly && !mayActForUser(organizerId, ['OnlineMeetings.Read.All', 'OnlineMeetings.ReadWrite.All']))
        return notAllowedForUser(organizerId);
      const filter = /^JoinWebUrl eq '(.*)'$/.exec(url.searchParams.get('$filter') ?? '');
      if (filter === null)
        return graphError(response, 400, 'BadRequest', 'Filter on JoinWebUrl is required.');
      const joinWebUrl = (filter[1] ?? '').replaceAll("''", "'");
      const value = meetings
        .filter((meeting) => meeting.organizerId === organizerId && meeting.joinWebUrl === joinWebUrl)
        .map((meeting) => ({
          id: meeting.id,
          joinWebUrl: meeting.joinWebUrl,
          subject: '1on1',
          participants: {},
        }));
      return json(response, 200, {
        '@odata.context': `${baseUrl}/v1.0/$metadata#users('${organizerId}')/onlineMeetings`,
        value,
      });
    }

    const listing = route('GET', /^\/users\/([^/]+)\/onlineMeetings\/([^/]+)\/transcripts$/);
    if (listing !== null) {
      const [, organizerId = '', meetingId = ''] = listing.map(decodeURIComponent);
      const meeting = meetings.find(
        (candidate) => candidate.id === meetingId && candidate.organizerId === organizerId,
      );
      if (
        appOnly &&
        !mayActForUser(organizerId, ['OnlineMeetingTranscript.Read.All']) &&
        !(meeting !== undefined && rscGrants.has(`${meeting.chatId}|OnlineMeetingTranscript.Read.Chat`))
      )
        return notAllowedForUser(organizerId);
      if (meeting === undefined) {
        return graphError(response, 404, 'NotFound', 'The meeting was not found.');
      }
      const value = transcripts
        .filter((transcript) => transcript.meetingId === meetingId)
        .map((transcript) => ({
          id: transcript.id,
          meetingId,
          callId: transcript.callId,
          createdDateTime: transcript.createdDateTime,
          endDateTime: transcript.createdDateTime,
          contentCorrelationId: transcript.contentCorrelationId,
          transcriptContentUrl: `${baseUrl}/v1.0/users/${organizerId}/onlineMeetings/${meetingId}/transcripts/${transcript.id}/content`,
          meetingOrganizer: {
            application: null,
            device: null,
            user: {
              '@odata.type': '#microsoft.graph.teamworkUserIdentity',
              id: organizerId,
              displayName: null,
              userIdentityType: 'aadUser',
              tenantId: claims.tid,
            },
          },
        }));
      return json(response, 200, {
        '@odata.context': `${baseUrl}/v1.0/$metadata#users('${organizerId}')/onlineMeetings('${meetingId}')/transcripts`,
        value,
      });
    }

    const content = route(
      'GET',
      /^\/users\/([^/]+)\/onlineMeetings\/([^/]+)\/transcripts\/([^/]+)\/content$/,
    );
    if (content !== null) {
      const [, organizerId = '', meetingId = ''] = content.map(decodeURIComponent);
      const meeting = meetings.find((candidate) => candidate.id === meetingId);
      if (
        appOnly &&
        !mayActForUser(organizerId, ['OnlineMeetingTranscript.Read.All']) &&
        !(meeting !== undefined && rscGrants.has(`${meeting.chatId}|OnlineMeetingTranscript.Read.Chat`))
      )
        return notAllowedForUser(organizerId);
      const transcriptId = decodeURIComponent(content[3] ?? '');
      const transcript = transcripts.find((candidate) => candidate.id === transcriptId);
      if (transcript === undefined)
        return graphError(response, 404, 'NotFound', 'The transcript was not found.');
      // `$format` wins over Accept; without either the content is text/vtt. The docx format was
      // retired on 31 May 2023, so anything but WebVTT is refused.
      const format = url.searchParams.get('$format') ?? request.headers.accept ?? 'text/vtt';
      if (!/^(text\/vtt|\*\/\*)(;|,|$)/.test(format.trim())) {
        return graphError(response, 400, 'BadRequest', `The format '${format}' is not supported.`);
      }
      response.writeHead(200, { 'content-type': 'text/vtt' }).end(transcript.content);
      return;
    }

    graphError(response, 404, 'UnknownPath', `The stand-in does not serve ${request.method} ${url.pathname}`);
  }

  /**
   * A Teams meeting with its chat. The join URL has the documented shape, its `context` naming the
   * tenant and the organizer; the Graph id is what Teams derives from organizer and chat thread.
   */
  function newMeeting(organizerId: string, tenantId: string) {
    const chatId = `19:meeting_${Buffer.from(randomUUID()).toString('base64url').slice(0, 40)}@thread.v2`;
    const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId }));
    const meeting = {
      id: Buffer.from(`1*${organizerId}*0**${chatId}`).toString('base64url'),
      organizerId,
      chatId,
      joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0?context=${context}`,
    };
    meetings.push(meeting);
    return meeting;
  }

  function presentEvent(event: StoredEvent) {
    return {
      '@odata.context': `${baseUrl}/v1.0/$metadata#users('${event.organizerId}')/events/$entity`,
      id: event.id,
      createdDateTime: new Date().toISOString(),
      subject: event.body.subject,
      body: event.body.body,
      start: { dateTime: GRAPH_TIME(event.start), timeZone: 'UTC' },
      end: { dateTime: GRAPH_TIME(event.end), timeZone: 'UTC' },
      attendees: event.body.attendees,
      isCancelled: event.isCancelled,
      isOnlineMeeting: event.joinUrl !== null,
      onlineMeetingProvider: event.joinUrl !== null ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: event.joinUrl === null ? null : { joinUrl: event.joinUrl },
      transactionId: event.transactionId,
      webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}`,
    };
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      graphError(
        response,
        500,
        'InternalServerError',
        error instanceof Error ? error.message : String(error),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const find = (organizerId: string, eventId: string) => {
    const event = events.find(
      (candidate) => candidate.organizerId === organizerId && candidate.id === eventId,
    );
    if (event === undefined) throw new Error(`no event ${eventId}`);
    return event;
  };

  return {
    baseUrl,
    requests,
    addUser: (user) => users.set(user.id, user),
    addBusy: (mail, item) => busy.set(mail.toLowerCase(), [...(busy.get(mail.toLowerCase()) ?? []), item]),
    events: (organizerId) => events.filter((event) => event.organizerId === organizerId),
    moveEvent(organizerId, eventId, start, end) {
      Object.assign(find(organizerId, eventId), { start, end });
    },
    cancelEvent(organizerId, eventId) {
      find(organizerId, eventId).isCancelled = true;
    },
    deleteEvent(organizerId, eventId) {
      events.splice(events.indexOf(find(organizerId, eventId)), 1);
    },
    publishTranscript(organizerId, joinUrl, content) {
      const meeting = meetings.find(
        (candidate) => candidate.organizerId === organizerId && candidate.joinWebUrl === joinUrl,
      );
      if (meeting === undefined) throw new Error('no online meeting with that join URL');
      transcripts.push({
        id: `MSMjMCMj${Buffer.from(randomUUID()).toString('base64url')}`,
        meetingId: meeting.id,
        callId: randomUUID(),
        contentCorrelationId: `${randomUUID()}-0`,
        createdDateTime: new Date().toISOString(),
        content: typeof content === 'string' ? content : graphTranscriptContent(content),
      });
    },
    addOnlineMeeting(organizerId, tenantId) {
      const meeting = newMeeting(organizerId, tenantId);
      return { id: meeting.id, joinWebUrl: meeting.joinWebUrl, chatId: meeting.chatId };
    },
    setManager(userId, managerId) {
      managers.set(userId.toLowerCase(), managerId);
    },
    grantAccessPolicy(userId) {
      accessPolicies.add(userId);
    },
    grantRsc(chatId, permission) {
      rscGrants.add(`${chatId}|${permission}`);
    },
    failNext(fault) {
      faults.push({
        method: fault.method,
        path: fault.path,
        status: fault.status,
        headers: fault.headers ?? {},
        code:
          fault.code ??
          (fault.status === 429
            ? 'TooManyRequests'
            : fault.status === 403
              ? 'ErrorAccessDenied'
              : 'ServiceUnavailable'),
        remaining: fault.times ?? 1,
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
