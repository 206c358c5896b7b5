import type { StoredSessionEvent } from '../data/repositories/sessionEvents.js';
import { isEventVisibleTo } from '../domain/meeting.js';
import type { SessionChangeNotifier } from './notifier.js';

export interface SessionStreamOptions {
  tenantId: string;
  sessionId: string;
  viewerId: string;
  /** The last event the client has; null for everything in the log. */
  after: string | null;
  notifier: SessionChangeNotifier;
  readAfter(afterId: string | null, limit: number): Promise<StoredSessionEvent[]>;
  /** Writes raw text/event-stream bytes to the client. */
  write(chunk: string): void;
  heartbeatMs: number;
  onReadError(error: unknown): void;
}

export interface SessionStream {
  close(): void;
  /** Resolves when the events present right now have been written. */
  caughtUp(): Promise<void>;
}

const BATCH = 200;

/** One server-sent event; `data` is one line of JSON, so it needs no splitting. */
export function formatServerSentEvent(event: Pick<StoredSessionEvent, 'id' | 'type' | 'payload'>): string {
  const { visibleTo: _audience, ...data } = (event.payload ?? {}) as Record<string, unknown>;
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Streams a session's event log to one participant: first whatever they missed after `after`, then
 * each new event as the notifier announces it. The log is the only source, so a reconnect with
 * Last-Event-ID misses nothing; the heartbeat also re-reads the log, which bounds the delay of an
 * event whose notice was lost. Events addressed to someone else are skipped.
 */
export function openSessionStream(options: SessionStreamOptions): SessionStream {
  let cursor = options.after;
  let closed = false;
  let reading: Promise<void> | null = null;
  let again = false;

  async function drainOnce(): Promise<void> {
    for (;;) {
      const batch = await options.readAfter(cursor, BATCH);
      for (const event of batch) {
        if (closed) return;
        cursor = event.id;
        if (isEventVisibleTo(event.payload, options.viewerId)) options.write(formatServerSentEvent(event));
      }
      if (batch.length < BATCH) return;
    }
  }

  function pump(): Promise<void> {
    if (closed) return Promise.resolve();
    if (reading !== null) {
      // A notice during a read: read once more when this one ends, so nothing waits for the heartbeat.
      again = true;
      return reading;
    }
    reading = (async () => {
      try {
        do {
          again = false;
          await drainOnce();
        } while (again && !closed);
      } catch (error) {
        options.onReadError(error);
      } finally {
        reading = null;
      }
    })();
    return reading;
  }

  const unsubscribe = options.notifier.subscribe(options.tenantId, options.sessionId, () => void pump());
  const heartbeat = setInterval(() => {
    options.write(': heartbeat\n\n');
    void pump();
  }, options.heartbeatMs);
  heartbeat.unref();
  const first = pump();

  return {
    close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
    },
    caughtUp: () => first,
  };
}
