import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Connection, followSessionEvents } from './sessionEventStream';
import type { SessionEvent } from './types';

interface Call {
  authorization: string | undefined;
  lastEventId: string | undefined;
}

/** A scripted server: each call to fetch gets the next reply, and every request is recorded. */
function scriptedServer(replies: Array<() => Response>) {
  const calls: Call[] = [];
  const fetchStub = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ authorization: headers.Authorization, lastEventId: headers['Last-Event-ID'] });
    const reply = replies.shift();
    if (reply === undefined) return new Promise<Response>(() => {});
    return reply();
  });
  return { calls, fetch: fetchStub as unknown as typeof fetch };
}

/** A stream that delivers `text` and then stays open, as a live stream does. */
const openStream = (text: string) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
      },
    }),
    { status: 200 },
  );
const memo = (id: string, body: string) =>
  `id: ${id}\nevent: memo.changed\ndata: ${JSON.stringify({ memo: { id: `m${id}`, body } })}\n\n`;

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

afterEach(() => {
  vi.useRealTimers();
});

function follow(server: ReturnType<typeof scriptedServer>, refreshToken: () => Promise<string | null>) {
  const events: SessionEvent[] = [];
  const connections: Connection[] = [];
  let token = 'old-token';
  const unauthorized = vi.fn();
  const following = followSessionEvents({
    sessionId: 's1',
    startAfter: '10',
    token: () => token,
    refreshToken: async () => {
      const fresh = await refreshToken();
      if (fresh !== null) token = fresh;
      return fresh;
    },
    locale: () => 'ja',
    onEvent: (event) => events.push(event),
    onOpen: () => {},
    onUnauthorized: unauthorized,
    onConnection: (connection) => connections.push(connection),
    fetch: server.fetch,
  });
  return { events, connections, unauthorized, following };
}

describe('followSessionEvents', () => {
  it('when the server ends the stream at token expiry, reconnects with a fresh token from the last event', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const server = scriptedServer([
      () => {
        const chunks = [`retry: 2000\n\n${memo('11', 'first')}`, memo('12', 'second')];
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            const chunk = chunks.shift();
            if (chunk !== undefined) {
              controller.enqueue(new TextEncoder().encode(chunk));
              return;
            }
            // The stream ran for an hour, then the server closed it: the token expired.
            vi.setSystemTime(Date.now() + 60 * 60_000);
            controller.enqueue(new TextEncoder().encode(': closed: the access token expired\n\n'));
            controller.close();
          },
        });
        return new Response(body, { status: 200 });
      },
      () => new Response(JSON.stringify({ status: 401 }), { status: 401 }),
      () => openStream(memo('13', 'written while reconnecting')),
    ]);
    const refresh = vi.fn(async () => 'fresh-token');
    const { events, connections, unauthorized, following } = follow(server, refresh);

    await until(() => events.length === 3);
    expect(events.map((event) => (event.data as { memo: { body: string } }).memo.body)).toEqual([
      'first',
      'second',
      'written while reconnecting',
    ]);
    expect(server.calls).toEqual([
      { authorization: 'Bearer old-token', lastEventId: '10' },
      { authorization: 'Bearer old-token', lastEventId: '12' },
      { authorization: 'Bearer fresh-token', lastEventId: '12' },
    ]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(unauthorized).not.toHaveBeenCalled();
    // A healthy stream that the server ended is reopened without showing a connection problem.
    expect(connections).not.toContain('offline');
    following.stop();
  });

  it('signs out only when no fresh token can be had', async () => {
    const server = scriptedServer([() => new Response('{}', { status: 401 })]);
    const { unauthorized, following } = follow(server, async () => null);
    await until(() => unauthorized.mock.calls.length === 1);
    expect(server.calls).toHaveLength(1);
    following.stop();
  });

  it('signs out when the fresh token is refused too', async () => {
    const server = scriptedServer([
      () => new Response('{}', { status: 401 }),
      () => new Response('{}', { status: 401 }),
    ]);
    const { unauthorized, following } = follow(server, async () => 'fresh-token');
    await until(() => unauthorized.mock.calls.length === 1);
    expect(server.calls.map((call) => call.authorization)).toEqual([
      'Bearer old-token',
      'Bearer fresh-token',
    ]);
    following.stop();
  });
});
