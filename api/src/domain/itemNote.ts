import { conflict, forbidden, invalid } from './errors.js';
import type { PairRole } from './pair.js';
import { countCharacters, TEXT_LIMITS } from './textLimits.js';

/**
 * Notes per agenda item (issue 16): under each item of a 1on1, one shared note both people write,
 * and one private note that is the manager's alone. What belongs to no item stays a flat memo.
 */
export type ItemNoteKind = 'shared' | 'private';

export interface ItemNote {
  itemId: string;
  sessionId: string;
  kind: ItemNoteKind;
  authorId: string;
  body: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** An item note holds as much as a memo: the same limit, counted the same way. */
export const ITEM_NOTE_MAX = TEXT_LIMITS.memoBody;

/** Trimmed text to store. A note may be emptied (the pair took it back); it is then simply blank. */
export function validateItemNoteBody(body: string): string {
  const trimmed = body.trim();
  if (countCharacters(trimmed) > ITEM_NOTE_MAX)
    throw invalid('body', `must be at most ${ITEM_NOTE_MAX} characters`);
  return trimmed;
}

/** The private note is the manager's notebook; the member writes the shared one. */
export function assertMayWriteItemNote(kind: ItemNoteKind, role: PairRole): void {
  if (kind === 'private' && role !== 'manager') {
    throw forbidden('only the manager keeps a private note; write the shared note instead');
  }
}

/**
 * A shared note is the pair's; a private note exists only for the manager who wrote it. To the
 * member it does not exist, whatever the route.
 */
export function isItemNoteVisibleTo(
  note: Pick<ItemNote, 'kind' | 'authorId'>,
  viewer: { id: string; role: PairRole },
): boolean {
  return note.kind === 'shared' || (viewer.role === 'manager' && note.authorId === viewer.id);
}

/**
 * Optimistic concurrency: a write names the version it was typed on (0 for a note not written
 * yet). Anything else means the other person (or another window) wrote first: the caller gets the
 * note as it is now, to combine with.
 */
export function assertItemNoteVersion<T>(currentVersion: number, expected: number, current: T): void {
  if (currentVersion !== expected) throw itemNoteConflict(current);
}

export const itemNoteConflict = (current: unknown) =>
  conflict('someone changed this note in the meantime; here is the current version', current);

/** An item note as a participant receives it. A note not written yet is blank at version 0. */
export interface ItemNoteView {
  itemId: string;
  sessionId: string;
  kind: ItemNoteKind;
  body: string;
  version: number;
  /** Who wrote the current text last; null while nobody has. */
  author: { id: string; displayName: string } | null;
  updatedAt: string | null;
}

export function viewItemNote(
  note: ItemNote | null,
  slot: Pick<ItemNote, 'itemId' | 'sessionId' | 'kind'>,
  people: { manager: { id: string; displayName: string }; member: { id: string; displayName: string } },
): ItemNoteView {
  if (note === null) return { ...slot, body: '', version: 0, author: null, updatedAt: null };
  const author = note.authorId === people.manager.id ? people.manager : people.member;
  return {
    itemId: note.itemId,
    sessionId: note.sessionId,
    kind: note.kind,
    body: note.body,
    version: note.version,
    author: { id: author.id, displayName: author.displayName },
    updatedAt: note.updatedAt.toISOString(),
  };
}
