import type { Memo, MemoKind } from '../../api/types';
import type { OutboxEntry, TextEntry } from './memoOutbox';

/**
 * The boxes memo text is typed into: the new shared memo, one shared memo being edited, the
 * manager's private memo, the next topics.
 */
export type MemoBox = 'shared.new' | `shared.${string}` | 'private' | 'next_topics';

/**
 * What is typed in one box and not sent yet. It is kept per person and 1on1 (see useDraft), so a
 * reload loses nothing, and a write the server refuses comes back here with the reason.
 */
export interface MemoDraft {
  text: string;
  /** The memo this text changes; null for a new memo. */
  memoId: string | null;
  /** The memo's version when the person started typing: the server must still have it. */
  baseVersion: number;
  /** The reason the server refused the last send of this text (null: it gave none). */
  refusal?: string | null;
  /** Someone else's change got there first (or they deleted the memo): both versions, to combine. */
  conflict?: { mine: string; theirs: Memo | null };
}

export const draftField = (box: MemoBox) => `memo.${box}`;

export function kindOfBox(box: MemoBox): MemoKind {
  return box === 'private' || box === 'next_topics' ? box : 'shared';
}

/** The box an edit was typed in. */
export function boxOf(entry: TextEntry): MemoBox {
  if (entry.kind !== 'shared') return entry.kind;
  return entry.op === 'create' ? 'shared.new' : `shared.${entry.memoId}`;
}

/**
 * Where a conflict's text goes: its own box, except an edit of a shared memo that was deleted
 * meanwhile, whose box went with it — that text waits in the new-memo box.
 */
export function boxForConflict(entry: TextEntry, theirs: Memo | null): MemoBox {
  return theirs === null && entry.kind === 'shared' ? 'shared.new' : boxOf(entry);
}

/**
 * Both texts in one, without repeating what one already holds of the other: the first, then the
 * lines of the second that the first does not have (two edits of one list keep both additions).
 */
export function combineTexts(first: string, second: string): string {
  if (first.includes(second)) return first;
  if (second.includes(first)) return second;
  const known = new Set(first.split('\n').map((line) => line.trim()));
  const added = second.split('\n').filter((line) => !known.has(line.trim()));
  return [first, ...added].join('\n');
}

/** What to queue for a box's draft: a new memo, or a change based on the version it started from. */
export function entryFor(box: MemoBox, draft: MemoDraft, newId: string): TextEntry {
  const kind = kindOfBox(box);
  if (draft.memoId === null) return { op: 'create', localId: newId, kind, body: draft.text };
  return { op: 'update', memoId: draft.memoId, kind, baseVersion: draft.baseVersion, body: draft.text };
}

const sentMemo = (entry: TextEntry) =>
  entry.op === 'create'
    ? { memoId: entry.localId, baseVersion: 0 }
    : { memoId: entry.memoId, baseVersion: entry.baseVersion };

/**
 * The server refused `entry`: its text goes back into its box, next to anything typed there since,
 * with the reason.
 */
export function afterRefusal(current: MemoDraft | null, entry: TextEntry, reason: string | null): MemoDraft {
  if (current !== null) return { ...current, text: combineTexts(entry.body, current.text), refusal: reason };
  const memoId = entry.op === 'create' ? null : entry.memoId;
  return {
    text: entry.body,
    memoId,
    baseVersion: entry.op === 'create' ? 0 : entry.baseVersion,
    refusal: reason,
  };
}

/**
 * The memo changed (or was deleted) before `entry` arrived: the box shows both versions, and its
 * text starts as the two combined, to be sent against the version the server has now.
 */
export function afterConflict(current: MemoDraft | null, entry: TextEntry, theirs: Memo | null): MemoDraft {
  const mine =
    current === null ? entry.body : combineTexts(entry.body, current.conflict?.mine ?? current.text);
  return {
    text: theirs === null ? mine : combineTexts(theirs.body, mine),
    memoId: theirs?.id ?? null,
    baseVersion: theirs?.version ?? 0,
    conflict: { mine, theirs },
  };
}

/** Our own `entry` was stored as `saved`: a draft typed on top of it now builds on that version. */
export function afterSaved(current: MemoDraft | null, entry: TextEntry, saved: Memo): MemoDraft | null {
  if (current === null || current.conflict !== undefined) return current;
  const sent = sentMemo(entry);
  if (current.memoId !== sent.memoId || current.baseVersion !== sent.baseVersion) return current;
  return { ...current, memoId: saved.id, baseVersion: saved.version };
}

/** Whether a queued edit still has text for a box (deletions have none). */
export function hasText(entry: OutboxEntry): entry is TextEntry {
  return entry.op !== 'delete';
}
