import { SseParser } from './sseParser';
import type { SessionEvent } from './types';

export type Connection = 'connecting' | 'open' | 'offline';

export interface FollowOptions {
  sessionId: string;
  /** The stream starts after this event id (null: after the latest). */
  startAfter: string | null;
  token(): string | null;
  /**
   * A new token when the current one was refused (it expired while the stream was open); null when
   * none can be had without the person signing in again.
   */
  refreshToken(): Promise<string | null>;
  locale(): string;
  onEvent(event: SessionEvent): void;
  /** Called on every (re)connection, e.g. to send edits kept while offline. */
  onOpen(): void;
  onUnauthorized(): void;
  onConnection(connection: Connection): void;
  fetch?: typeof fetch;
}

export interface Following {
  stop(): void;
  /** The network is back: try at once instead of waiting out the backoff. */
  reconnectNow(): void;
}

/** Twice the server's heartbeat: silence longer than this means the connection is dead. */
const STALL_MS = 35_000;
const MAX_BACKOFF_MS = 15_000;
/** A stream the server ended after at least this long was healthy: reopen it at once. */
const HEALTHY_STREAM_MS = 5_000;

type Outcome = 'again' | 'ended' | 'stop';

/**
 * Follows a session's event stream with fetch rather than EventSource, so the token travels in the
 * Authorization header, never in the URL. On any drop it reconnects with Last-Event-ID and the
 * server replays what was missed from its log. The server ends a stream when its token expires:
 * the reconnect is then refused with 401, a fresh token is fetched, and the stream resumes from the
 * last event received — nothing is lost and the person is not signed out.
 */
export function followSessionEvents(options: FollowOptions): Following {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let stopped = false;
  let controller = new AbortController();
  let lastId = options.startAfter;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let wake: (() => void) | null = null;
  const armWatchdog = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => controller.abort(), STALL_MS);
  };

  async function connect(token: string | null): Promise<Response> {
    controller = new AbortController();
    const headers: Record<string, string> = {
      Accept: 'text/event-stream',
      'Accept-Language': options.locale(),
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (lastId !== null) headers['Last-Event-ID'] = lastId;
    armWatchdog();
    return doFetch(`/api/v1/sessions/${encodeURIComponent(options.sessionId)}/events`, {
      headers,
      signal: controller.signal,
      cache: 'no-store',
    });
  }

  async function once(): Promise<Outcome> {
    let response = await connect(options.token());
    if (response.status === 401) {
      await response.body?.cancel().catch(() => {});
      const fresh = await options.refreshToken();
      if (stopped) return 'stop';
      if (fresh === null) {
        options.onUnauthorized();
        return 'stop';
      }
      response = await connect(fresh);
      if (response.status === 401) {
        options.onUnauthorized();
        return 'stop';
      }
    }
    if (!response.ok || response.body === null) return 'again';
    options.onConnection('open');
    attempt = 0;
    const openedAt = Date.now();
    options.onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return Date.now() - openedAt >= HEALTHY_STREAM_MS ? 'ended' : 'again';
      armWatchdog();
      for (const parsed of parser.push(value)) {
        if (parsed.id !== null) lastId = parsed.id;
        try {
          options.onEvent({ type: parsed.event, data: JSON.parse(parsed.data) } as SessionEvent);
        } catch (error) {
          console.warn('Taiwa: could not apply a session event', error);
        }
      }
    }
  }

  void (async () => {
    while (!stopped) {
      const outcome = await once().catch(() => 'again' as const);
      clearTimeout(watchdog);
      if (stopped || outcome === 'stop') return;
      // The server closed a healthy stream (its token expired, or the server restarts): reopen it
      // at once, without showing the person a connection problem.
      if (outcome === 'ended') continue;
      options.onConnection('offline');
      attempt += 1;
      const backoff = Math.min(500 * 2 ** attempt, MAX_BACKOFF_MS) * (0.75 + Math.random() * 0.5);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();

  return {
    stop() {
      stopped = true;
      clearTimeout(watchdog);
      controller.abort();
      wake?.();
    },
    reconnectNow: () => wake?.(),
  };
}
