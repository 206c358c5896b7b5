import { describe, expect, it } from 'vitest';
import type { Memo } from '../../api/types';
import {
  enqueue,
  type OutboxEntry,
  pendingEntry,
  readOutbox,
  settleSent,
  takeBack,
  writeOutbox,
} from './memoOutbox';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const A = 'tenant:manager';
const B = 'tenant:member';
const memo = (id: string, version: number, body: string): Memo => ({
  id,
  sessionId: 's1',
  kind: 'shared',
  author: { id: 'u', displayName: 'U' },
  body,
  version,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('memo outbox', () => {
  it('survives in storage, belongs to the person who wrote it, and is cleared when empty', () => {
    const storage = memoryStorage();
    const entries: OutboxEntry[] = [{ op: 'create', localId: 'l1', kind: 'private', body: 'offline note' }];
    writeOutbox(storage, A, 's1', entries);
    expect(readOutbox(storage, A, 's1')).toEqual(entries);
    expect(readOutbox(storage, A, 's2')).toEqual([]);
    // The next person on this browser, in the same 1on1, has an empty queue.
    expect(readOutbox(storage, B, 's1')).toEqual([]);
    expect([...storage.map.keys()]).toEqual([`taiwa.user.${A}.memoOutbox.s1`]);
    writeOutbox(storage, A, 's1', []);
    expect(storage.map.size).toBe(0);
    storage.setItem(`taiwa.user.${A}.memoOutbox.s3`, '{broken');
    expect(readOutbox(storage, A, 's3')).toEqual([]);
  });

  it('coalesces edits of one memo, keeping the version the first was based on', () => {
    let entries = enqueue([], { op: 'update', memoId: 'm', kind: 'shared', baseVersion: 3, body: 'a' });
    entries = enqueue(entries, { op: 'update', memoId: 'm', kind: 'shared', baseVersion: 4, body: 'ab' });
    expect(entries).toEqual([{ op: 'update', memoId: 'm', kind: 'shared', baseVersion: 3, body: 'ab' }]);
    entries = enqueue(entries, { op: 'delete', memoId: 'm', baseVersion: 5 });
    expect(entries).toEqual([{ op: 'delete', memoId: 'm', baseVersion: 3 }]);
    expect(pendingEntry(entries, 'm')?.op).toBe('delete');
    expect(pendingEntry(entries, 'other')).toBeUndefined();
  });

  it('folds edits of a memo that was never sent into its creation', () => {
    const create: OutboxEntry = { op: 'create', localId: 'l1', kind: 'shared', body: 'first' };
    let entries = enqueue([], create);
    entries = enqueue(entries, {
      op: 'update',
      memoId: 'l1',
      kind: 'shared',
      baseVersion: 0,
      body: 'second',
    });
    expect(entries).toEqual([{ ...create, body: 'second' }]);
    expect(enqueue(entries, { op: 'delete', memoId: 'l1', baseVersion: 0 })).toEqual([]);
  });

  it('removes what was stored, and keeps an edit made while it was on its way, based on the stored version', () => {
    const sent: OutboxEntry = {
      op: 'update',
      memoId: 'm',
      kind: 'next_topics',
      baseVersion: 1,
      body: 'Career',
    };
    expect(settleSent([sent], sent, memo('m', 2, 'Career'))).toEqual([]);

    // Typed again while the first edit was in flight: it was folded into the same entry.
    const typedMeanwhile = enqueue([sent], { ...sent, body: 'Career\nBudget' });
    expect(settleSent(typedMeanwhile, sent, memo('m', 2, 'Career'))).toEqual([
      { ...sent, baseVersion: 2, body: 'Career\nBudget' },
    ]);

    const create: OutboxEntry = { op: 'create', localId: 'l1', kind: 'shared', body: 'one' };
    const changed = enqueue([create], {
      op: 'update',
      memoId: 'l1',
      kind: 'shared',
      baseVersion: 0,
      body: 'one two',
    });
    expect(settleSent(changed, create, memo('l1', 1, 'one'))).toEqual([
      { op: 'update', memoId: 'l1', kind: 'shared', baseVersion: 1, body: 'one two' },
    ]);
  });

  it('hands back the latest text of a refused edit', () => {
    const sent: OutboxEntry = { op: 'create', localId: 'l1', kind: 'shared', body: 'x'.repeat(4100) };
    const later = enqueue([sent], {
      op: 'update',
      memoId: 'l1',
      kind: 'shared',
      baseVersion: 0,
      body: 'shorter',
    });
    expect(takeBack(later, sent)).toEqual({ entries: [], latest: { ...sent, body: 'shorter' } });
    expect(takeBack([], sent)).toEqual({ entries: [], latest: sent });
  });
});
