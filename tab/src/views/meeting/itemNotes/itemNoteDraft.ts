import type { ItemNote } from '../../../api/types';
import { combineTexts } from '../memoDrafts';

/**
 * What is typed into one item note and not accepted by the server yet. The draft is kept per
 * person and 1on1 (useDraft), so it is also the note's outbox: it survives a reload and stays
 * until the server took exactly this text; a refusal or a conflict keeps it, with the reason.
 */
export interface ItemNoteDraft {
  text: string;
  /** The note's version when the person started typing (0: not written yet). */
  baseVersion: number;
  /** The server refused the last send of this text, with this reason (null: it gave none). */
  refusal?: string | null;
  /** Someone else's text got there first: both versions, to combine. */
  conflict?: { mine: string; theirs: ItemNote };
  /** The last send got no answer (offline, server busy): it is sent again by itself. */
  waiting?: boolean;
}

export const itemNoteField = (itemId: string, kind: ItemNote['kind']) => `itemNote.${itemId}.${kind}`;

/** The version a send must name: after a conflict, the newest the person has seen. */
export function sendBase(draft: ItemNoteDraft, note: ItemNote): number {
  return draft.conflict === undefined ? draft.baseVersion : Math.max(note.version, draft.baseVersion);
}

/** Typed back to exactly what the server has: nothing to send. */
export function unchanged(draft: ItemNoteDraft, note: ItemNote): boolean {
  return note.version === sendBase(draft, note) && note.body === draft.text.trim();
}

/**
 * `sent` was stored as `saved`. The draft goes away if it still holds just that text; if the
 * person typed on meanwhile, what they typed stays, now based on the stored version.
 */
export function afterAccepted(
  current: ItemNoteDraft | null,
  sent: string,
  saved: ItemNote,
): ItemNoteDraft | null {
  if (current === null || current.text === sent) return null;
  return { text: current.text, baseVersion: saved.version };
}

/**
 * The note changed before `sent` arrived: the box shows both versions, its text starts as the two
 * combined, to be sent against the version the server has now.
 */
export function afterConflict(
  current: ItemNoteDraft | null,
  sent: string,
  theirs: ItemNote,
): ItemNoteDraft | null {
  const mine = current?.text ?? sent;
  if (theirs.body === mine.trim()) return null; // it was stored already (a repeat from another window)
  return { text: combineTexts(theirs.body, mine), baseVersion: theirs.version, conflict: { mine, theirs } };
}

/** The server refused `sent` for a reason: the text stays, with the reason, until the person decides. */
export function afterRefusal(
  current: ItemNoteDraft | null,
  sent: string,
  reason: string | null,
): ItemNoteDraft {
  return { ...(current ?? { text: sent, baseVersion: 0 }), refusal: reason, waiting: false };
}

/** No answer: the text waits and is sent again. */
export function afterNoAnswer(
  current: ItemNoteDraft | null,
  sent: string,
  baseVersion: number,
): ItemNoteDraft {
  return { ...(current ?? { text: sent, baseVersion }), waiting: true };
}

/** Keeps the newer of two copies of a note: answers and events arrive in any order, and twice. */
export function newerNote(known: ItemNote | undefined, incoming: ItemNote): ItemNote {
  return known !== undefined && known.version > incoming.version ? known : incoming;
}
