import { useEffect, useRef, useState } from 'react';
import type { Connection, Following, FollowOptions } from './sessionEventStream';

export type { Connection } from './sessionEventStream';

// Its own chunk: the side panel paints from the session it fetched, and the stream starts after.
// Fetched as soon as the meeting view's code runs, beside the session's own request, so the stream
// starts the moment the session is in. A failure here is retried when the stream starts.
const loadSessionStream = () => import('./sessionEventStream');
loadSessionStream().catch(() => undefined);

/** What the stream is followed with (see FollowOptions); the hook itself tracks the connection. */
export type SessionEventsOptions = Omit<FollowOptions, 'startAfter' | 'onConnection' | 'fetch'> & {
  /** Null until the session has been loaded; the stream starts after this event id. */
  startAfter: string | null | undefined;
};

/** Follows the session's event stream while the view is mounted (see followSessionEvents). */
export function useSessionEvents(options: SessionEventsOptions): Connection {
  const [connection, setConnection] = useState<Connection>('connecting');
  const latest = useRef(options);
  latest.current = options;
  const ready = options.startAfter !== undefined;

  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    let following: Following | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const start = (attempt: number) => {
      loadSessionStream().then(
        ({ followSessionEvents }) => {
          if (stopped) return;
          following = followSessionEvents({
            sessionId: latest.current.sessionId,
            startAfter: latest.current.startAfter ?? null,
            token: () => latest.current.token(),
            refreshToken: () => latest.current.refreshToken(),
            locale: () => latest.current.locale(),
            onEvent: (event) => latest.current.onEvent(event),
            onOpen: () => latest.current.onOpen(),
            onUnauthorized: () => latest.current.onUnauthorized(),
            onConnection: setConnection,
          });
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
    // The browser says the network is back: try at once instead of waiting out the backoff.
    const reconnectNow = () => following?.reconnectNow();
    window.addEventListener('online', reconnectNow);
    return () => {
      stopped = true;
      clearTimeout(retry);
      window.removeEventListener('online', reconnectNow);
      following?.stop();
    };
  }, [ready]);

  return connection;
}
