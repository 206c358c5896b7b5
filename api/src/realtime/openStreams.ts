/** How many event streams one person may hold open at once. */
export interface StreamCaps {
  perPersonPerSession: number;
  perPerson: number;
}

/**
 * A person may follow one 1on1 from a few places at once — the meeting side panel and the stage,
 * a browser tab, a phone — and several 1on1s over a day; nobody needs more than this.
 */
export const STREAM_CAPS: StreamCaps = { perPersonPerSession: 5, perPerson: 15 };

/** How many of `open` streams must go to make room for one more under `cap`. */
const excess = (open: number, cap: number) => Math.max(0, open - cap + 1);

export interface TrackedStream {
  readonly person: string;
  readonly session: string;
  /** Ends the stream; it must call `OpenStreams.remove` for itself. */
  end(reason: string): void;
}

/**
 * The open event streams of this instance, oldest first, with the caps applied. Past a cap the
 * OLDEST stream of that person is closed and the new one admitted, rather than refusing the new one
 * with 429: the new stream is the one the person is looking at right now, while the oldest is often
 * a stale connection — a laptop that went to sleep, a reloaded tab, a network switch — that the
 * server cannot yet tell is dead and would otherwise lock the person out until it timed out. A
 * genuine old tab that is closed reconnects by itself with Last-Event-ID and misses nothing.
 */
export class OpenStreams {
  readonly #byPerson = new Map<string, TrackedStream[]>();

  constructor(private readonly caps: StreamCaps) {}

  get size(): number {
    let count = 0;
    for (const streams of this.#byPerson.values()) count += streams.length;
    return count;
  }

  admit(stream: TrackedStream): void {
    const sameSession = (this.#byPerson.get(stream.person) ?? []).filter((s) => s.session === stream.session);
    for (const stale of sameSession.slice(0, excess(sameSession.length, this.caps.perPersonPerSession))) {
      stale.end('a newer stream of the same person replaced it');
    }
    const remaining = this.#byPerson.get(stream.person) ?? [];
    for (const stale of remaining.slice(0, excess(remaining.length, this.caps.perPerson))) {
      stale.end('a newer stream of the same person replaced it');
    }
    this.#byPerson.set(stream.person, [...(this.#byPerson.get(stream.person) ?? []), stream]);
  }

  remove(stream: TrackedStream): void {
    const streams = this.#byPerson.get(stream.person);
    if (streams === undefined) return;
    const rest = streams.filter((s) => s !== stream);
    if (rest.length === 0) this.#byPerson.delete(stream.person);
    else this.#byPerson.set(stream.person, rest);
  }

  endAll(reason: string): void {
    for (const streams of [...this.#byPerson.values()]) for (const stream of streams) stream.end(reason);
  }
}
