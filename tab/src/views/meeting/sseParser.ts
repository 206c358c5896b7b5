export interface ParsedEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parsing per the HTML standard: lines of `field: value`, comments
 * starting with `:`, and a blank line that dispatches the event. Chunks may split lines anywhere.
 */
export class SseParser {
  private buffer = '';
  private id: string | null = null;
  private event = '';
  private data: string[] = [];

  /** Feeds decoded text; returns the events completed by it. */
  push(chunk: string): ParsedEvent[] {
    this.buffer += chunk;
    const done: ParsedEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      // A lone \r at the end may be the first half of \r\n: wait for more.
      if (match === null || (match[0] === '\r' && match.index === this.buffer.length - 1)) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      if (line === '') {
        if (this.data.length > 0)
          done.push({ id: this.id, event: this.event || 'message', data: this.data.join('\n') });
        this.id = null;
        this.event = '';
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id' && !value.includes('\0')) this.id = value;
      else if (field === 'event') this.event = value;
      else if (field === 'data') this.data.push(value);
    }
    return done;
  }
}
