import { SseParser } from './sseParser';
import type { SessionEvent } from './types';
import type { Connection, SessionEventsOptions } from './useSessionEvents';

/** Twice the server's heartbeat: silence longer than this means the connection is dead. */
const STALL_MS = 35_000;
const MAX_BACKOFF_MS = 15_000;

/**
 * Follows the session's event stream until the returned function is called. It uses fetch rather
 * than EventSource so the token travels in the Authorization header, never in the URL; on any drop
 * it reconnects with Last-Event-ID, and the server replays what was missed from its log.
 *
 * Its own chunk: the side panel paints from the session it fetched, and the stream starts after.
 */
export function followSessionEvents(
  latest: { readonly current: SessionEventsOptions },
  setConnection: (connection: Connection) => void,
): () => void {
  let stopped = false;
  let controller = new AbortController();
  let lastId = latest.current.startAfter ?? null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let wake: (() => void) | null = null;
  const armWatchdog = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => controller.abort(), STALL_MS);
  };

  async function once(): Promise<'again' | 'stop'> {
    controller = new AbortController();
    const headers: Record<string, string> = {
      Accept: 'text/event-stream',
      'Accept-Language': latest.current.locale(),
    };
    const token = latest.current.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (lastId !== null) headers['Last-Event-ID'] = lastId;
    armWatchdog();
    const response = await fetch(`/api/v1/sessions/${encodeURIComponent(latest.current.sessionId)}/events`, {
      headers,
      signal: controller.signal,
      cache: 'no-store',
    });
    if (response.status === 401) {
      latest.current.onUnauthorized();
      return 'stop';
    }
    if (!response.ok || response.body === null) return 'again';
    setConnection('open');
    attempt = 0;
    latest.current.onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'again';
      armWatchdog();
      for (const parsed of parser.push(value)) {
        if (parsed.id !== null) lastId = parsed.id;
        try {
          latest.current.onEvent({ type: parsed.event, data: JSON.parse(parsed.data) } as SessionEvent);
        } catch (error) {
          console.warn('Taiwa: could not apply a session event', error);
        }
      }
    }
  }

  (async () => {
    while (!stopped) {
      const outcome = await once().catch(() => 'again' as const);
      clearTimeout(watchdog);
      if (stopped || outcome === 'stop') return;
      setConnection('offline');
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
  // The browser says the network is back: try at once instead of waiting out the backoff.
  const reconnectNow = () => wake?.();
  window.addEventListener('online', reconnectNow);
  return () => {
    stopped = true;
    clearTimeout(watchdog);
    window.removeEventListener('online', reconnectNow);
    controller.abort();
  };
}
