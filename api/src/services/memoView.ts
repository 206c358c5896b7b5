import type { Memo } from '../domain/memo.js';
import { type Pair, personInPair } from '../domain/pair.js';

/** A memo as the pair sees it: in answers, in `memo.changed` events and in the session's state. */
export function memoView(memo: Memo, pair: Pair) {
  const author = personInPair(pair, memo.authorId);
  return {
    id: memo.id,
    sessionId: memo.sessionId,
    kind: memo.kind,
    author: { id: author.id, displayName: author.displayName },
    body: memo.body,
    createdAt: memo.createdAt.toISOString(),
    updatedAt: memo.updatedAt.toISOString(),
    version: memo.version,
  };
}
