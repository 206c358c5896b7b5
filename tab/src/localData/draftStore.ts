import { accountItemKey, type KeyValueStorage } from './accountStorage';

/** A draft nobody came back to for this long is dropped: it is stale, and it is someone's words on a shared device. */
export const DRAFT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

interface StoredDraft {
  value: unknown;
  savedAt: number;
}

/**
 * Text a person typed but has not sent yet (a memo, next topics, an agenda item, a rating's
 * impressions), kept in the browser per person and per 1on1 (`scope`), so a reload or a closed tab
 * loses nothing. Each draft is removed once what it holds was sent.
 *
 * Reads are cached, so a view can read its draft on every render; a write notifies every view
 * that shows a draft (and their owner hooks re-read). Storage may be missing or full: drafts then
 * live in memory while the page is open.
 */
export interface DraftStore {
  read<T>(account: string, scope: string, field: string): T | null;
  /** Saves `value`, or removes the draft when it is null. */
  write<T>(account: string, scope: string, field: string, value: T | null): void;
  /**
   * Forgets `account` after its stored data was deleted (sign-out): until it signs in again on this
   * page (`open`), nothing is written for it — a save finishing late cannot bring the text back.
   */
  forget(account: string): void;
  open(account: string): void;
  isClosed(account: string): boolean;
  subscribe(listener: () => void): () => void;
}

const draftName = (scope: string, field: string) => `draft.${scope}.${field}`;

export function createDraftStore(storage: KeyValueStorage | null, now: () => number = Date.now): DraftStore {
  const cache = new Map<string, unknown>();
  const closed = new Set<string>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const load = (key: string): unknown => {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredDraft> | null;
      if (
        parsed !== null &&
        typeof parsed === 'object' &&
        typeof parsed.savedAt === 'number' &&
        now() - parsed.savedAt <= DRAFT_LIFETIME_MS &&
        parsed.value !== undefined &&
        parsed.value !== null
      ) {
        return parsed.value;
      }
    } catch {
      // Not ours or damaged: drop it below.
    }
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing more to do.
    }
    return null;
  };

  return {
    read<T>(account: string, scope: string, field: string): T | null {
      const key = accountItemKey(account, draftName(scope, field));
      if (!cache.has(key)) cache.set(key, load(key));
      return (cache.get(key) ?? null) as T | null;
    },
    write<T>(account: string, scope: string, field: string, value: T | null): void {
      if (closed.has(account)) return;
      const key = accountItemKey(account, draftName(scope, field));
      cache.set(key, value);
      try {
        if (value === null) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify({ value, savedAt: now() } satisfies StoredDraft));
      } catch {
        // Full or blocked: the draft still lives in memory while the page is open.
      }
      notify();
    },
    forget(account: string): void {
      closed.add(account);
      const start = accountItemKey(account, '');
      for (const key of [...cache.keys()]) if (key.startsWith(start)) cache.delete(key);
      notify();
    },
    open(account: string): void {
      closed.delete(account);
    },
    isClosed(account: string): boolean {
      return closed.has(account);
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
