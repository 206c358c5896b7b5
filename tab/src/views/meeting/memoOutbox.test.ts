import { describe, expect, it } from 'vitest';
import { enqueue, type OutboxEntry, pendingBody, readOutbox, removeEntry, writeOutbox } from './memoOutbox';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('memo outbox', () => {
  it('survives in storage and is cleared when empty', () => {
    const storage = memoryStorage();
    const entries: OutboxEntry[] = [{ op: 'create', localId: 'l1', kind: 'shared', body: 'offline note' }];
    writeOutbox(storage, 's1', entries);
    expect(readOutbox(storage, 's1')).toEqual(entries);
    expect(readOutbox(storage, 's2')).toEqual([]);
    writeOutbox(storage, 's1', []);
    expect(storage.map.size).toBe(0);
    storage.setItem('taiwa.memoOutbox.s3', '{broken');
    expect(readOutbox(storage, 's3')).toEqual([]);
  });

  it('coalesces edits of one memo, keeping the version the first was based on', () => {
    let entries = enqueue([], { op: 'update', memoId: 'm', kind: 'shared', baseVersion: 3, body: 'a' });
    entries = enqueue(entries, { op: 'update', memoId: 'm', kind: 'shared', baseVersion: 4, body: 'ab' });
    expect(entries).toEqual([{ op: 'update', memoId: 'm', kind: 'shared', baseVersion: 3, body: 'ab' }]);
    entries = enqueue(entries, { op: 'delete', memoId: 'm', baseVersion: 5 });
    expect(entries).toEqual([{ op: 'delete', memoId: 'm', baseVersion: 3 }]);
    expect(pendingBody(entries, 'm')).toBeNull();
    expect(pendingBody(entries, 'other')).toBeUndefined();
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
    expect(removeEntry(entries, { ...create, body: 'whatever' })).toEqual([]);
  });
});
