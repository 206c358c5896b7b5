import type { Memo, MemoKind } from '../../api/types';
import { type OutboxEntry, pendingEntry } from './memoOutbox';

export interface DisplayedMemo extends Memo {
  /** Typed here but not yet accepted by the server. */
  pending: boolean;
  /** The version a further edit of what is shown builds on (a pending edit's own base). */
  editBase: number;
}

/**
 * The memos of one kind as the user should see them: the server's, with this user's unsent edits
 * laid over them, and unsent new memos at the end — what you typed never disappears from view.
 */
export function displayedMemos(
  memos: readonly Memo[],
  outbox: readonly OutboxEntry[],
  kind: MemoKind,
  me: { id: string; displayName: string },
  sessionId: string,
): DisplayedMemo[] {
  const shown: DisplayedMemo[] = [];
  const onServer = new Set<string>();
  for (const memo of memos) {
    if (memo.kind !== kind) continue;
    onServer.add(memo.id);
    const pending = pendingEntry(outbox, memo.id);
    if (pending?.op === 'delete') continue;
    if (pending === undefined) shown.push({ ...memo, pending: false, editBase: memo.version });
    else
      shown.push({
        ...memo,
        body: pending.body,
        pending: true,
        editBase: pending.op === 'update' ? pending.baseVersion : memo.version,
      });
  }
  for (const entry of outbox) {
    // A creation the server already has (its answer is on the way) shows once, as the server's.
    if (entry.op !== 'create' || entry.kind !== kind || onServer.has(entry.localId)) continue;
    const now = new Date().toISOString();
    shown.push({
      id: entry.localId,
      sessionId,
      kind,
      author: me,
      body: entry.body,
      createdAt: now,
      updatedAt: now,
      version: 0,
      pending: true,
      editBase: 0,
    });
  }
  return shown;
}
