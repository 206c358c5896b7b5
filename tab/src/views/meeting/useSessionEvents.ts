import { useEffect, useRef, useState } from 'react';
import type { SessionEvent } from './types';

const loadSessionStream = () => import('./sessionStream');
// Fetched as soon as the meeting view's code runs, beside the session's own request, so the stream
// starts the moment the session is in. A failure here is retried when the stream starts.
loadSessionStream().catch(() => undefined);

export type Connection = 'connecting' | 'open' | 'offline';

export interface SessionEventsOptions {
  sessionId: string;
  /** Null until the session has been loaded; the stream starts after this event id. */
  startAfter: string | null | undefined;
  token(): string | null;
  locale(): string;
  onEvent(event: SessionEvent): void;
  /** Called on every (re)connection, e.g. to send edits kept while offline. */
  onOpen(): void;
  onUnauthorized(): void;
}

/**
 * Follows the session's event stream. It uses fetch rather than EventSource so the token travels
 * in the Authorization header, never in the URL; on any drop it reconnects with Last-Event-ID,
 * and the server replays what was missed from its log.
 */
export function useSessionEvents(options: SessionEventsOptions): Connection {
  const [connection, setConnection] = useState<Connection>('connecting');
  const latest = useRef(options);
  latest.current = options;
  const ready = options.startAfter !== undefined;

  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    let stop: (() => void) | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const start = (attempt: number) => {
      loadSessionStream().then(
        ({ followSessionEvents }) => {
          if (!stopped) stop = followSessionEvents(latest, setConnection);
        },
        (error: unknown) => {
          // The stream's code could not be fetched: as good as offline; try again like a reconnect.
          if (stopped) return;
          console.warn('Taiwa: could not load the live connection', error);
          setConnection('offline');
          retry = setTimeout(() => start(attempt + 1), Math.min(1000 * 2 ** attempt, 15_000));
        },
      );
    };
    start(0);
    return () => {
      stopped = true;
      clearTimeout(retry);
      stop?.();
    };
  }, [ready]);

  return connection;
}
