/** A server-sent event as a client receives it. */
export interface ReceivedEvent {
  id: string | null;
  event: string;
  data: unknown;
}

export interface SseConnection {
  events: ReceivedEvent[];
  /** Comment lines (`: heartbeat`) seen so far. */
  comments: string[];
  status: number;
  /** Resolves when the server ends the stream (not when close() aborts it). */
  endedByServer: Promise<void>;
  /** Resolves with the first event matching, or rejects after `timeoutMs`. */
  waitFor(match: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): void;
}

/**
 * Reads a text/event-stream over fetch with the token in the Authorization header, the way the tab
 * does, and parses it per the HTML standard's event-stream rules (fields, comments, blank-line dispatch).
 */
export async function openSse(
  url: string,
  token: string,
  lastEventId?: string | null,
): Promise<SseConnection> {
  const controller = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
  if (lastEventId) headers['last-event-id'] = lastEventId;
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: ReceivedEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  let serverEnded = () => {};
  const endedByServer = new Promise<void>((resolve) => {
    serverEnded = resolve;
  });
  const notify = () => {
    for (const waiter of waiters) waiter();
  };

  if (response.body !== null && response.ok) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      let current: { id: string | null; event: string; data: string[] } = {
        id: null,
        event: 'message',
        data: [],
      };
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            serverEnded();
            return;
          }
          buffer += value;
          let newline = buffer.indexOf('\n');
          while (newline >= 0) {
            const line = buffer.slice(0, newline).replace(/\r$/, '');
            buffer = buffer.slice(newline + 1);
            if (line === '') {
              if (current.data.length > 0) {
                events.push({
                  id: current.id,
                  event: current.event,
                  data: JSON.parse(current.data.join('\n')),
                });
                notify();
              }
              current = { id: null, event: 'message', data: [] };
            } else if (line.startsWith(':')) {
              comments.push(line.slice(1).trim());
              notify();
            } else {
              const colon = line.indexOf(':');
              const field = colon < 0 ? line : line.slice(0, colon);
              const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
              if (field === 'id') current.id = value;
              else if (field === 'event') current.event = value;
              else if (field === 'data') current.data.push(value);
            }
            newline = buffer.indexOf('\n');
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  }

  return {
    events,
    comments,
    status: response.status,
    endedByServer,
    waitFor(match, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.event))}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => controller.abort(),
  };
}
