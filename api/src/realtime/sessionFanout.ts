import type { StoredSessionEvent } from '../data/repositories/sessionEvents.js';
import { isEventVisibleTo } from '../domain/meeting.js';
import type { SessionChangeNotifier } from './notifier.js';

export type ReadEventsAfter = (afterId: string | null, limit: number) => Promise<StoredSessionEvent[]>;

export interface JoinOptions {
  tenantId: string;
  sessionId: string;
  viewerId: string;
  /** The last event the client has; null for everything in the log. */
  after: string | null;
  /** Reads the session's log; the first stream of a session lends it to the session's shared reader. */
  readAfter: ReadEventsAfter;
  /** Writes raw text/event-stream bytes to the client. */
  write(chunk: string): void;
}

export interface SessionStream {
  close(): void;
  /** Resolves when the events present when the stream opened have been written. */
  caughtUp(): Promise<void>;
}

export interface FanoutOptions {
  notifier: SessionChangeNotifier;
  heartbeatMs: number;
  onReadError(error: unknown): void;
}

const BATCH = 200;

/** One server-sent event; `data` is one line of JSON, so it needs no splitting. */
export function formatServerSentEvent(event: Pick<StoredSessionEvent, 'id' | 'type' | 'payload'>): string {
  const { visibleTo: _audience, ...data } = (event.payload ?? {}) as Record<string, unknown>;
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Event ids are bigint sequence values in text; null is "before everything". */
function isAfter(id: string, cursor: string | null): boolean {
  return cursor === null || BigInt(id) > BigInt(cursor);
}

interface Subscriber {
  viewerId: string;
  cursor: string | null;
  /** Live subscribers get events from the session's shared reader; others are still replaying. */
  live: boolean;
  closed: boolean;
  catchingUp: Promise<void> | null;
  write(chunk: string): void;
}

/**
 * The streams of one session share one reader: one notifier subscription, one read of the log per
 * change, one heartbeat timer — however many streams are open. A stream that joins behind the
 * reader (Last-Event-ID from a while ago) replays its gap with reads of its own, then joins.
 */
class SessionHub {
  readonly subscribers = new Set<Subscriber>();
  /** The last event the shared reader has handed out. */
  #cursor: string | null;
  #reading: Promise<void> | null = null;
  #again = false;
  #closed = false;
  readonly #unsubscribe: () => void;
  readonly #heartbeat: NodeJS.Timeout;

  constructor(
    private readonly options: FanoutOptions,
    tenantId: string,
    sessionId: string,
    start: string | null,
    private readonly readAfter: ReadEventsAfter,
  ) {
    this.#cursor = start;
    this.#unsubscribe = options.notifier.subscribe(tenantId, sessionId, () => void this.pump());
    // The heartbeat keeps proxies from closing quiet streams, and re-reads the log, which bounds the
    // delay of an event whose notice was lost.
    this.#heartbeat = setInterval(() => {
      for (const subscriber of this.subscribers) subscriber.write(': heartbeat\n\n');
      for (const subscriber of this.subscribers) if (!subscriber.live) void this.catchUp(subscriber);
      void this.pump();
    }, options.heartbeatMs);
    this.#heartbeat.unref();
  }

  /** Resolves once the subscriber has been handed everything in the log when it joined. */
  async add(subscriber: Subscriber): Promise<void> {
    this.subscribers.add(subscriber);
    await this.catchUp(subscriber);
    await this.pump();
  }

  remove(subscriber: Subscriber): void {
    subscriber.closed = true;
    this.subscribers.delete(subscriber);
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#heartbeat);
    this.#unsubscribe();
  }

  #deliver(subscriber: Subscriber, event: StoredSessionEvent): void {
    if (subscriber.closed || !isAfter(event.id, subscriber.cursor)) return;
    subscriber.cursor = event.id;
    if (isEventVisibleTo(event.payload, subscriber.viewerId)) subscriber.write(formatServerSentEvent(event));
  }

  /** Replays what a subscriber missed with its own reads until it is level with the shared reader. */
  catchUp(subscriber: Subscriber): Promise<void> {
    if (subscriber.catchingUp !== null) return subscriber.catchingUp;
    subscriber.catchingUp = (async () => {
      try {
        while (!subscriber.closed && !subscriber.live) {
          // Checked and switched with no await in between, so no event can fall between the two.
          if (this.#cursor === null || !isAfter(this.#cursor, subscriber.cursor)) {
            subscriber.live = true;
            break;
          }
          const batch = await this.readAfter(subscriber.cursor, BATCH);
          for (const event of batch) this.#deliver(subscriber, event);
          if (batch.length === 0) subscriber.live = true;
        }
      } catch (error) {
        // The next heartbeat tries again from where it stopped.
        this.options.onReadError(error);
      } finally {
        subscriber.catchingUp = null;
      }
    })();
    return subscriber.catchingUp;
  }

  async #drainOnce(): Promise<void> {
    for (;;) {
      const batch = await this.readAfter(this.#cursor, BATCH);
      for (const event of batch) {
        if (this.#closed) return;
        this.#cursor = event.id;
        for (const subscriber of this.subscribers) if (subscriber.live) this.#deliver(subscriber, event);
      }
      if (batch.length < BATCH) return;
    }
  }

  pump(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#reading !== null) {
      // A notice during a read: read once more when this one ends, so nothing waits for the heartbeat.
      this.#again = true;
      return this.#reading;
    }
    this.#reading = (async () => {
      try {
        do {
          this.#again = false;
          await this.#drainOnce();
        } while (this.#again && !this.#closed);
      } catch (error) {
        this.options.onReadError(error);
      } finally {
        this.#reading = null;
      }
    })();
    return this.#reading;
  }
}

/**
 * Streams sessions' event logs to their participants. The log is the only source, so a reconnect
 * with Last-Event-ID misses nothing; events addressed to someone else are skipped per viewer.
 */
export class SessionEventFanout {
  readonly #hubs = new Map<string, SessionHub>();

  constructor(private readonly options: FanoutOptions) {}

  /** How many sessions have a shared reader right now (for tests and diagnostics). */
  get activeSessions(): number {
    return this.#hubs.size;
  }

  join(options: JoinOptions): SessionStream {
    const key = `${options.tenantId}/${options.sessionId}`;
    let hub = this.#hubs.get(key);
    if (hub === undefined) {
      hub = new SessionHub(
        this.options,
        options.tenantId,
        options.sessionId,
        options.after,
        options.readAfter,
      );
      this.#hubs.set(key, hub);
    }
    const subscriber: Subscriber = {
      viewerId: options.viewerId,
      cursor: options.after,
      live: false,
      closed: false,
      catchingUp: null,
      write: options.write,
    };
    const joined = hub;
    const first = joined.add(subscriber);
    return {
      close: () => {
        if (subscriber.closed) return;
        joined.remove(subscriber);
        if (joined.subscribers.size === 0 && this.#hubs.get(key) === joined) {
          joined.close();
          this.#hubs.delete(key);
        }
      },
      caughtUp: () => first,
    };
  }
}
