import { describe, expect, it } from 'vitest';
import type { StoredSessionEvent } from '../data/repositories/sessionEvents.js';
import { createInProcessNotifier } from './notifier.js';
import { formatServerSentEvent, openSessionStream } from './sessionStream.js';

const event = (id: number, payload: Record<string, unknown> = {}): StoredSessionEvent => ({
  id: String(id),
  sessionId: 's',
  type: 'memo.changed',
  payload,
  createdAt: new Date(),
});

function fakeLog(initial: StoredSessionEvent[] = []) {
  const log = [...initial];
  return {
    log,
    reads: 0,
    async readAfter(after: string | null, limit: number) {
      this.reads += 1;
      return log.filter((e) => after === null || Number(e.id) > Number(after)).slice(0, limit);
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('openSessionStream', () => {
  it('formats one event per id, without the addressee marker', () => {
    expect(
      formatServerSentEvent({ id: '7', type: 'dice.rolled', payload: { roll: { seq: 1 }, visibleTo: 'x' } }),
    ).toBe('id: 7\nevent: dice.rolled\ndata: {"roll":{"seq":1}}\n\n');
  });

  it('replays what came after the cursor, then follows notices, skipping events addressed to others', async () => {
    const source = fakeLog([event(1), event(2, { visibleTo: 'someone-else' }), event(3)]);
    const notifier = createInProcessNotifier();
    const written: string[] = [];
    const stream = openSessionStream({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: '1',
      notifier,
      readAfter: (after, limit) => source.readAfter(after, limit),
      write: (chunk) => written.push(chunk),
      heartbeatMs: 60_000,
      onReadError: () => {},
    });
    await stream.caughtUp();
    expect(written.map((chunk) => chunk.split('\n')[0])).toEqual(['id: 3']);
    source.log.push(event(4, { visibleTo: 'me' }), event(5));
    notifier.sessionChanged('t', 's');
    await until(() => written.length === 3);
    expect(written.map((chunk) => chunk.split('\n')[0])).toEqual(['id: 3', 'id: 4', 'id: 5']);
    stream.close();
  });

  it('sends heartbeats and catches up on them even when a notice was lost', async () => {
    const source = fakeLog();
    const written: string[] = [];
    const stream = openSessionStream({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: null,
      notifier: createInProcessNotifier(),
      readAfter: (after, limit) => source.readAfter(after, limit),
      write: (chunk) => written.push(chunk),
      heartbeatMs: 20,
      onReadError: () => {},
    });
    await stream.caughtUp();
    source.log.push(event(1));
    await until(() => written.some((chunk) => chunk.startsWith('id: 1')));
    expect(written).toContain(': heartbeat\n\n');
    stream.close();
    const count = written.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(written.length).toBe(count);
  });

  it('reads again when a notice arrives during a read, and survives a failed read', async () => {
    const source = fakeLog([event(1)]);
    const notifier = createInProcessNotifier();
    const errors: unknown[] = [];
    let fail = true;
    const written: string[] = [];
    const stream = openSessionStream({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: null,
      notifier,
      readAfter: async (after, limit) => {
        if (fail) {
          fail = false;
          // While this read is failing, a new event is committed and announced.
          source.log.push(event(2));
          notifier.sessionChanged('t', 's');
          throw new Error('connection reset');
        }
        return source.readAfter(after, limit);
      },
      write: (chunk) => written.push(chunk),
      heartbeatMs: 60_000,
      onReadError: (error) => errors.push(error),
    });
    await stream.caughtUp();
    notifier.sessionChanged('t', 's');
    await until(() => written.length === 2);
    expect(errors).toHaveLength(1);
    stream.close();
  });
});
