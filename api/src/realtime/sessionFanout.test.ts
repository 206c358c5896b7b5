import { describe, expect, it } from 'vitest';
import type { StoredSessionEvent } from '../data/repositories/sessionEvents.js';
import { createInProcessNotifier } from './notifier.js';
import { formatServerSentEvent, SessionEventFanout } from './sessionFanout.js';

const event = (id: number, payload: Record<string, unknown> = {}): StoredSessionEvent => ({
  id: String(id),
  sessionId: 's',
  type: 'memo.changed',
  payload,
  createdAt: new Date(),
});

function fakeLog(initial: StoredSessionEvent[] = []) {
  const source = {
    log: [...initial],
    reads: 0,
    async readAfter(after: string | null, limit: number) {
      source.reads += 1;
      return source.log.filter((e) => after === null || Number(e.id) > Number(after)).slice(0, limit);
    },
  };
  return source;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

const ids = (written: string[]) =>
  written.filter((chunk) => chunk.startsWith('id:')).map((chunk) => chunk.split('\n')[0]);

function setup(options: { heartbeatMs?: number; errors?: unknown[] } = {}) {
  const notifier = createInProcessNotifier();
  const fanout = new SessionEventFanout({
    notifier,
    heartbeatMs: options.heartbeatMs ?? 60_000,
    onReadError: (error) => options.errors?.push(error),
  });
  return { notifier, fanout };
}

describe('SessionEventFanout', () => {
  it('formats one event per id, without the addressee marker', () => {
    expect(
      formatServerSentEvent({ id: '7', type: 'dice.rolled', payload: { roll: { seq: 1 }, visibleTo: 'x' } }),
    ).toBe('id: 7\nevent: dice.rolled\ndata: {"roll":{"seq":1}}\n\n');
  });

  it('replays what came after the cursor, then follows notices, skipping events addressed to others', async () => {
    const source = fakeLog([event(1), event(2, { visibleTo: 'someone-else' }), event(3)]);
    const { notifier, fanout } = setup();
    const written: string[] = [];
    const stream = fanout.join({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: '1',
      readAfter: source.readAfter,
      write: (chunk) => written.push(chunk),
    });
    await stream.caughtUp();
    expect(ids(written)).toEqual(['id: 3']);
    source.log.push(event(4, { visibleTo: 'me' }), event(5));
    notifier.sessionChanged('t', 's');
    await until(() => ids(written).length === 3);
    expect(ids(written)).toEqual(['id: 3', 'id: 4', 'id: 5']);
    stream.close();
  });

  it('reads the log once per change for a session, however many streams follow it', async () => {
    const source = fakeLog([event(1)]);
    const { notifier, fanout } = setup();
    const outputs = Array.from({ length: 50 }, () => [] as string[]);
    const streams = outputs.map((written, n) =>
      fanout.join({
        tenantId: 't',
        sessionId: 's',
        viewerId: n % 2 === 0 ? 'member' : 'manager',
        after: '1',
        readAfter: source.readAfter,
        write: (chunk) => written.push(chunk),
      }),
    );
    await Promise.all(streams.map((stream) => stream.caughtUp()));
    expect(fanout.activeSessions).toBe(1);
    const before = source.reads;
    source.log.push(event(2, { visibleTo: 'manager' }));
    notifier.sessionChanged('t', 's');
    await until(() => outputs[1]?.length === 1);
    expect(source.reads - before).toBe(1);
    expect(outputs.filter((written) => written.length === 1)).toHaveLength(25);
    expect(outputs.filter((written, n) => n % 2 === 0 && written.length > 0)).toHaveLength(0);
    for (const stream of streams) stream.close();
    expect(fanout.activeSessions).toBe(0);
  });

  it('lets a stream that joins from an older Last-Event-ID replay its gap, then share the reader', async () => {
    const source = fakeLog([event(1), event(2), event(3), event(4)]);
    const { notifier, fanout } = setup();
    const first: string[] = [];
    const late: string[] = [];
    const a = fanout.join({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: '4',
      readAfter: source.readAfter,
      write: (chunk) => first.push(chunk),
    });
    await a.caughtUp();
    const b = fanout.join({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: '1',
      readAfter: source.readAfter,
      write: (chunk) => late.push(chunk),
    });
    // A change lands while the late stream is still replaying.
    source.log.push(event(5));
    notifier.sessionChanged('t', 's');
    await b.caughtUp();
    await until(() => ids(first).length === 1 && ids(late).length === 4);
    expect(ids(first)).toEqual(['id: 5']);
    expect(ids(late)).toEqual(['id: 2', 'id: 3', 'id: 4', 'id: 5']);
    source.log.push(event(6));
    notifier.sessionChanged('t', 's');
    await until(() => ids(late).length === 5);
    expect(ids(late)).toEqual(['id: 2', 'id: 3', 'id: 4', 'id: 5', 'id: 6']);
    expect(ids(first)).toEqual(['id: 5', 'id: 6']);
    a.close();
    b.close();
  });

  it('sends heartbeats and catches up on them even when a notice was lost', async () => {
    const source = fakeLog();
    const { fanout } = setup({ heartbeatMs: 20 });
    const written: string[] = [];
    const stream = fanout.join({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: null,
      readAfter: source.readAfter,
      write: (chunk) => written.push(chunk),
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
    const errors: unknown[] = [];
    const { notifier, fanout } = setup({ errors });
    let fail = true;
    const written: string[] = [];
    const stream = fanout.join({
      tenantId: 't',
      sessionId: 's',
      viewerId: 'me',
      after: null,
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
    });
    await stream.caughtUp();
    notifier.sessionChanged('t', 's');
    await until(() => written.length === 2);
    expect(errors).toHaveLength(1);
    stream.close();
  });
});
