import type { Memo, MemoKind } from '../../api/types';
import { type OutboxEntry, pendingBody } from './memoOutbox';

export interface DisplayedMemo extends Memo {
  /** Typed here but not yet accepted by the server. */
  pending: boolean;
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
  for (const memo of memos) {
    if (memo.kind !== kind) continue;
    const pending = pendingBody(outbox, memo.id);
    if (pending === null) continue;
    shown.push(
      pending === undefined ? { ...memo, pending: false } : { ...memo, body: pending, pending: true },
    );
  }
  for (const entry of outbox) {
    if (entry.op !== 'create' || entry.kind !== kind) continue;
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
    });
  }
  return shown;
}
