import type { MemoRecord } from '../data/repositories/memos.js';
import type { Pair } from '../domain/pair.js';

/** A memo as the pair sees it: in answers, in `memo.changed` events and in the session's state. */
export function memoView(memo: MemoRecord, pair: Pair) {
  const author = memo.authorId === pair.manager.id ? pair.manager : pair.member;
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
