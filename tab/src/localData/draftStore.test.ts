import { describe, expect, it } from 'vitest';
import {
  accountKeys,
  clearAccountData,
  type KeyValueStorage,
  removeUnattributedData,
} from './accountStorage';
import { createDraftStore, DRAFT_LIFETIME_MS } from './draftStore';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const A = 'tenant-1:user-a';
const B = 'tenant-1:user-b';

describe('draft store', () => {
  it('keeps a draft across page loads, per person and per 1on1, and removes it once sent', () => {
    const storage = memoryStorage();
    createDraftStore(storage).write(A, 's1', 'memo.shared.new', { text: 'half a thought' });

    const reloaded = createDraftStore(storage);
    expect(reloaded.read(A, 's1', 'memo.shared.new')).toEqual({ text: 'half a thought' });
    expect(reloaded.read(A, 's2', 'memo.shared.new')).toBeNull();
    expect(reloaded.read(B, 's1', 'memo.shared.new')).toBeNull();

    reloaded.write(A, 's1', 'memo.shared.new', null);
    expect(storage.map.size).toBe(0);
    expect(createDraftStore(storage).read(A, 's1', 'memo.shared.new')).toBeNull();
  });

  it('counts what a person has not sent, and forgets it all on sign-out without touching the next person', () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    store.write(A, 's1', 'memo.private', { text: 'private words' });
    store.write(A, 's2', 'prepare.form', { detail: 'x' });
    store.write(B, 's1', 'memo.next_topics', { text: 'B’s topics' });
    expect(accountKeys(storage, A)).toHaveLength(2);

    clearAccountData(storage, A);
    store.forget(A);
    expect(accountKeys(storage, A)).toHaveLength(0);
    expect(store.read(A, 's1', 'memo.private')).toBeNull();
    expect(store.read(B, 's1', 'memo.next_topics')).toEqual({ text: 'B’s topics' });
    expect([...storage.map.values()].join()).not.toContain('private words');
    // A save that finishes after sign-out cannot write the text back.
    store.write(A, 's1', 'memo.private', { text: 'late' });
    expect(store.read(A, 's1', 'memo.private')).toBeNull();
    expect(store.isClosed(A)).toBe(true);
    store.open(A);
    store.write(A, 's1', 'memo.private', { text: 'signed in again' });
    expect(store.read(A, 's1', 'memo.private')).toEqual({ text: 'signed in again' });
  });

  it('tells subscribers about every change, so every box showing a draft follows it', () => {
    const store = createDraftStore(memoryStorage());
    let calls = 0;
    const stop = store.subscribe(() => {
      calls += 1;
    });
    store.write(A, 's1', 'f', 'one');
    store.write(A, 's1', 'f', null);
    stop();
    store.write(A, 's1', 'f', 'two');
    expect(calls).toBe(2);
  });

  it('returns the same object until the draft changes (a stable snapshot for React)', () => {
    const store = createDraftStore(memoryStorage());
    store.write(A, 's1', 'f', { text: 'x' });
    expect(store.read(A, 's1', 'f')).toBe(store.read(A, 's1', 'f'));
  });

  it('drops drafts older than their lifetime, and anything damaged', () => {
    const storage = memoryStorage();
    let now = 1_000;
    const store = createDraftStore(storage, () => now);
    store.write(A, 's1', 'old', 'typed long ago');
    now += DRAFT_LIFETIME_MS + 1;
    expect(createDraftStore(storage, () => now).read(A, 's1', 'old')).toBeNull();
    expect(storage.map.size).toBe(0);

    storage.setItem(`taiwa.user.${A}.draft.s1.broken`, '{not json');
    expect(createDraftStore(storage).read(A, 's1', 'broken')).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('works in memory when storage is blocked or full', () => {
    const full: KeyValueStorage = {
      ...memoryStorage(),
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = createDraftStore(full);
    store.write(A, 's1', 'f', 'kept in memory');
    expect(store.read(A, 's1', 'f')).toBe('kept in memory');
    const none = createDraftStore(null);
    none.write(A, 's1', 'f', 'still here');
    expect(none.read(A, 's1', 'f')).toBe('still here');
  });

  it('deletes the old memo queue that named no person', () => {
    const storage = memoryStorage();
    storage.setItem('taiwa.memoOutbox.s1', JSON.stringify([{ op: 'create', body: 'someone’s memo' }]));
    storage.setItem('taiwa.locale', 'ja');
    removeUnattributedData(storage);
    expect([...storage.map.keys()]).toEqual(['taiwa.locale']);
  });
});
