import { useEffect, useRef, useState } from 'react';
import { type Connection, followSessionEvents } from './sessionEventStream';
import type { SessionEvent } from './types';

export type { Connection } from './sessionEventStream';

export interface SessionEventsOptions {
  sessionId: string;
  /** Null until the session has been loaded; the stream starts after this event id. */
  startAfter: string | null | undefined;
  token(): string | null;
  /** A fresh token after the server refused the current one; null when the person must sign in. */
  refreshToken(): Promise<string | null>;
  locale(): string;
  onEvent(event: SessionEvent): void;
  /** Called on every (re)connection, e.g. to send edits kept while offline. */
  onOpen(): void;
  onUnauthorized(): void;
}

/** Follows the session's event stream while the view is mounted (see followSessionEvents). */
export function useSessionEvents(options: SessionEventsOptions): Connection {
  const [connection, setConnection] = useState<Connection>('connecting');
  const latest = useRef(options);
  latest.current = options;
  const ready = options.startAfter !== undefined;

  useEffect(() => {
    if (!ready) return;
    const following = followSessionEvents({
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
    // The browser says the network is back: try at once instead of waiting out the backoff.
    const reconnectNow = () => following.reconnectNow();
    window.addEventListener('online', reconnectNow);
    return () => {
      window.removeEventListener('online', reconnectNow);
      following.stop();
    };
  }, [ready]);

  return connection;
}
