import { conflict, forbidden, invalid, notFound } from './errors.js';
import type { PairRole } from './pair.js';
import { countCharacters, TEXT_LIMITS } from './textLimits.js';

export type MemoKind = 'shared' | 'private' | 'next_topics';

export interface Memo {
  id: string;
  sessionId: string;
  authorId: string;
  kind: MemoKind;
  body: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const MEMO_BODY_MAX = TEXT_LIMITS.memoBody;

/**
 * Memos are minimal and live where both can read them (point 3 of the seed). A shared or private
 * memo says something, so it cannot be blank; the next-topics memo may be emptied while the pair
 * is still deciding.
 */
export function validateMemoBody(kind: MemoKind, body: string): string {
  const trimmed = body.trim();
  if (countCharacters(trimmed) > MEMO_BODY_MAX)
    throw invalid('body', `must be at most ${MEMO_BODY_MAX} characters`);
  if (trimmed === '' && kind !== 'next_topics') throw invalid('body', 'write something first');
  return trimmed;
}

/** Only the author ever sees a private memo; to everybody else it does not exist. */
export function isMemoVisibleTo(memo: Pick<Memo, 'kind' | 'authorId'>, viewerId: string): boolean {
  return memo.kind !== 'private' || memo.authorId === viewerId;
}

/** The private memo is the manager's notebook during the 1on1; the member writes shared memos. */
export function assertMayCreateMemo(kind: MemoKind, role: PairRole): void {
  if (kind === 'private' && role !== 'manager') {
    throw forbidden('only the manager keeps a private memo; write a shared memo instead');
  }
}

/**
 * Each person edits and deletes their own shared and private memos; the next-topics memo is
 * written together, so either participant may change it.
 */
export function assertMayChangeMemo(memo: Pick<Memo, 'kind' | 'authorId'>, actorId: string): void {
  if (!isMemoVisibleTo(memo, actorId)) throw notFound('memo');
  if (memo.kind === 'next_topics') return;
  if (memo.authorId !== actorId) throw forbidden('only the person who wrote this memo can change it');
}

/**
 * A writer may choose the id of the memo they create, so that sending the same creation twice (a
 * retry after an answer was lost, a second window sending the same queue) stores it once. A memo
 * that already has that id is the answer to the repeat when it is the same writer's memo of the
 * same kind in the same 1on1; any other memo's id is not theirs to take.
 */
export function assertRepeatedCreation(
  existing: Pick<Memo, 'sessionId' | 'authorId' | 'kind'>,
  request: Pick<Memo, 'sessionId' | 'authorId' | 'kind'>,
): void {
  if (
    existing.sessionId !== request.sessionId ||
    existing.authorId !== request.authorId ||
    existing.kind !== request.kind
  ) {
    throw invalid('id', 'is already used by another memo; leave it out or choose a new one');
  }
}

/** A session has one next-topics memo; a second "create" collides with the first, which the caller merges into. */
export function nextTopicsAlreadyExists(current: unknown): never {
  throw conflict('this 1on1 already has a next-topics memo; here it is', current);
}

/**
 * The events a memo change puts in the session log. A private memo's events are addressed to its
 * author only, so the stream never carries them to the other person.
 */
export function memoEventAudience(memo: Pick<Memo, 'kind' | 'authorId'>): { visibleTo?: string } {
  return memo.kind === 'private' ? { visibleTo: memo.authorId } : {};
}
