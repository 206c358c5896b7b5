import type { Memo, MemoKind } from '../../api/types';
import { accountItemKey } from '../../localData/accountStorage';

/**
 * Memo edits waiting to reach the server, kept in localStorage so an edit made while the
 * connection is down survives a reload and is sent when it is back. The queue belongs to the
 * person who wrote it (the key names them): whoever signs in next on this browser never sees or
 * sends it. Edits to the same memo are coalesced: the server only needs the latest text, checked
 * against the version it was based on. A creation carries the memo's id, so sending it twice
 * stores it once.
 */
export type OutboxEntry =
  | { op: 'create'; localId: string; kind: MemoKind; body: string }
  | { op: 'update'; memoId: string; kind: MemoKind; baseVersion: number; body: string }
  | { op: 'delete'; memoId: string; baseVersion: number };

export type TextEntry = Exclude<OutboxEntry, { op: 'delete' }>;

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const outboxKey = (account: string, sessionId: string) =>
  accountItemKey(account, `memoOutbox.${sessionId}`);

export function readOutbox(storage: OutboxStorage, account: string, sessionId: string): OutboxEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(outboxKey(account, sessionId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

export function writeOutbox(
  storage: OutboxStorage,
  account: string,
  sessionId: string,
  entries: readonly OutboxEntry[],
): void {
  try {
    if (entries.length === 0) storage.removeItem(outboxKey(account, sessionId));
    else storage.setItem(outboxKey(account, sessionId), JSON.stringify(entries));
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

export function sameEntry(a: OutboxEntry, b: OutboxEntry): boolean {
  if (a.op === 'create' || b.op === 'create')
    return a.op === 'create' && b.op === 'create' && a.localId === b.localId;
  return a.memoId === b.memoId;
}

function identical(a: OutboxEntry, b: OutboxEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `sent` was stored as `saved`. If the person changed the same memo again while it was on its way,
 * that newer edit stays queued, now based on the stored version — it is never dropped with the
 * entry it was folded into.
 */
export function settleSent(
  entries: readonly OutboxEntry[],
  sent: OutboxEntry,
  saved: Memo | null,
): OutboxEntry[] {
  const stored = entries.find((e) => sameEntry(e, sent));
  if (stored === undefined || identical(stored, sent) || saved === null)
    return entries.filter((e) => !sameEntry(e, sent));
  const rebased: OutboxEntry =
    stored.op === 'create'
      ? { op: 'update', memoId: saved.id, kind: stored.kind, baseVersion: saved.version, body: stored.body }
      : { ...stored, baseVersion: saved.version };
  return entries.map((e) => (e === stored ? rebased : e));
}

/**
 * `sent` was refused: takes it out of the queue and returns the latest text of that edit (changed
 * meanwhile or not), which goes back to the person who wrote it.
 */
export function takeBack(
  entries: readonly OutboxEntry[],
  sent: OutboxEntry,
): { entries: OutboxEntry[]; latest: OutboxEntry } {
  const stored = entries.find((e) => sameEntry(e, sent));
  return { entries: entries.filter((e) => !sameEntry(e, sent)), latest: stored ?? sent };
}

/** The text a memo shows while edits to it are pending, or undefined when none are. */
export function pendingEntry(entries: readonly OutboxEntry[], memoId: string): OutboxEntry | undefined {
  return entries.find((e) => (e.op === 'create' ? e.localId : e.memoId) === memoId);
}
