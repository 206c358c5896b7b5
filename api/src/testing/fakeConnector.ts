import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the connector. */
export interface ConnectorRequest {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** Set for replies and updates: the activity replied to or replaced. */
  activityId: string | null;
  activity: Record<string, unknown>;
  at: number;
}

/** How the stand-in answers one request: a status (with headers), or holding it without an answer. */
export type ConnectorAnswer = { status: number; headers?: Record<string, string> } | 'hold';

export interface FakeConnector {
  /** What ServiceUrl points at. */
  serviceUrl: string;
  /** Every request, answered or not. */
  readonly requests: readonly ConnectorRequest[];
  /** The activities the connector accepted (answered 2xx): what people would see. */
  readonly delivered: readonly ConnectorRequest[];
  /** The next requests get these answers, in order; after them, 201. */
  answerNext(...answers: ConnectorAnswer[]): void;
  /**
   * Teams' meeting details for GET /v1/meetings/{meetingId} (TeamsInfo.getMeetingInfo), in the
   * documented shape: `details` (id, msGraphResourceId, joinUrl, times, title, type),
   * `conversation`, `organizer`. Unknown meetings answer 404.
   */
  addMeeting(meetingId: string, info: Record<string, unknown>): void;
  /** The meeting ids the bot asked about, in order. */
  readonly meetingLookups: readonly string[];
  /** Resolves once `count` requests are being held. */
  held(count: number): Promise<void>;
  /** Cuts the held connections without an answer, as when the sender's process dies mid-request. */
  dropHeld(): void;
  waitForDelivered(count: number, timeoutMs?: number): Promise<ConnectorRequest[]>;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const MEETING = /^\/v1\/meetings\/([^/]+)$/;

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

/**
 * A loopback stand-in for the Bot Framework connector (the service behind a Teams serviceUrl). It
 * speaks the documented REST shape — POST /v3/conversations/{id}/activities to send, .../{activityId}
 * to reply, PUT to update — answers with a ResourceResponse, and records what the bot sent; and
 * GET /v1/meetings/{meetingId}, the meeting details API. Tests script throttling (429 with
 * Retry-After), gateway errors and dropped connections.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: ConnectorRequest[] = [];
  const delivered: ConnectorRequest[] = [];
  const answers: ConnectorAnswer[] = [];
  const holding: ServerResponse[] = [];
  const heldWaiters: Array<{ count: number; resolve: () => void }> = [];
  const deliveredWaiters: Array<() => void> = [];
  let nextId = 1;
  const meetings = new Map<string, Record<string, unknown>>();
  const meetingLookups: string[] = [];

  const notify = () => {
    for (const waiter of [...heldWaiters]) {
      if (holding.length >= waiter.count) {
        heldWaiters.splice(heldWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    for (const waiter of deliveredWaiters.splice(0)) waiter();
  };

  const server: Server = createServer(async (request, response) => {
    const meeting = MEETING.exec(request.url?.split('?')[0] ?? '');
    if (meeting !== null && request.method === 'GET') {
      const meetingId = decodeURIComponent(meeting[1] ?? '');
      meetingLookups.push(meetingId);
      const info = meetings.get(meetingId);
      response
        .writeHead(info === undefined ? 404 : 200, { 'content-type': 'application/json' })
        .end(
          JSON.stringify(
            info ?? { error: { code: 'NotFound', message: `meeting ${meetingId} was not found` } },
          ),
        );
      return;
    }
    const match = ACTIVITIES.exec(request.url?.split('?')[0] ?? '');
    if (match === null || (request.method !== 'POST' && request.method !== 'PUT')) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'NotFound' } }));
      return;
    }
    const activity = await readJson(request);
    const entry: ConnectorRequest = {
      method: request.method,
      conversationId: decodeURIComponent(match[1] ?? ''),
      activityId: match[2] === undefined ? null : decodeURIComponent(match[2]),
      activity,
      at: Date.now(),
    };
    requests.push(entry);
    const answer = answers.shift() ?? { status: request.method === 'PUT' ? 200 : 201 };
    if (answer === 'hold') {
      holding.push(response);
      notify();
      return;
    }
    if (answer.status >= 200 && answer.status < 300) {
      delivered.push(entry);
      const id = entry.method === 'PUT' ? (entry.activityId ?? '') : `activity-${nextId++}`;
      response
        .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        .end(JSON.stringify({ id }));
    } else {
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(
        JSON.stringify({
          error: {
            code: answer.status === 429 ? 'Throttled' : 'ServiceError',
            message: 'scripted failure',
          },
        }),
      );
    }
    notify();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    serviceUrl,
    requests,
    delivered,
    meetingLookups,
    addMeeting(meetingId, info) {
      meetings.set(meetingId, info);
    },
    answerNext(...next) {
      answers.push(...next);
    },
    held(count) {
      return new Promise((resolve) => {
        heldWaiters.push({ count, resolve });
        notify();
      });
    },
    dropHeld() {
      for (const response of holding.splice(0)) response.socket?.destroy();
    },
    async waitForDelivered(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (delivered.length < count) {
        const remaining = deadline - Date.now();
        if (remaining <= 0)
          throw new Error(`expected ${count} delivered activities, got ${delivered.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(remaining, 200));
          deliveredWaiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return [...delivered];
    },
    async close() {
      for (const response of holding.splice(0)) response.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
