import type { MemoKind } from '../../api/types';

/**
 * Memo edits waiting to reach the server, kept in localStorage so an edit made while the
 * connection is down survives a reload and is sent when it is back. Edits to the same memo are
 * coalesced: the server only needs the latest text, checked against the version it was based on.
 */
export type OutboxEntry =
  | { op: 'create'; localId: string; kind: MemoKind; body: string }
  | { op: 'update'; memoId: string; kind: MemoKind; baseVersion: number; body: string }
  | { op: 'delete'; memoId: string; baseVersion: number };

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const keyFor = (sessionId: string) => `taiwa.memoOutbox.${sessionId}`;

export function readOutbox(storage: OutboxStorage, sessionId: string): OutboxEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyFor(sessionId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

export function writeOutbox(
  storage: OutboxStorage,
  sessionId: string,
  entries: readonly OutboxEntry[],
): void {
  try {
    if (entries.length === 0) storage.removeItem(keyFor(sessionId));
    else storage.setItem(keyFor(sessionId), JSON.stringify(entries));
  } catch {
    // Storage full or blocked: the edit still goes out while the page is open.
  }
}

/** Adds an edit, merging it into a pending edit of the same memo. */
export function enqueue(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  if (entry.op === 'create') return [...entries, entry];
  const target = entry.memoId;
  const pendingCreate = entries.find((e) => e.op === 'create' && e.localId === target);
  if (pendingCreate !== undefined) {
    // The memo never reached the server: change or drop the pending creation itself.
    if (entry.op === 'delete') return entries.filter((e) => e !== pendingCreate);
    return entries.map((e) => (e === pendingCreate ? { ...pendingCreate, body: entry.body } : e));
  }
  const pending = entries.find((e) => e.op !== 'create' && e.memoId === target);
  if (pending === undefined || pending.op === 'create') return [...entries, entry];
  // Keep the version the first pending edit was based on: that is what the server must still have.
  const merged: OutboxEntry = { ...entry, baseVersion: pending.baseVersion };
  return entries.map((e) => (e === pending ? merged : e));
}

export function removeEntry(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  return entries.filter((e) => !sameEntry(e, entry));
}

export function sameEntry(a: OutboxEntry, b: OutboxEntry): boolean {
  if (a.op === 'create' || b.op === 'create')
    return a.op === 'create' && b.op === 'create' && a.localId === b.localId;
  return a.memoId === b.memoId;
}

/** The text a memo shows while edits to it are pending, or undefined when none are. */
export function pendingBody(entries: readonly OutboxEntry[], memoId: string): string | null | undefined {
  const entry = entries.find((e) => (e.op === 'create' ? e.localId : e.memoId) === memoId);
  if (entry === undefined) return undefined;
  return entry.op === 'delete' ? null : entry.body;
}
