import { Type } from 'typebox';
import type { MemoRecord } from '../data/repositories/memos.js';
import type { Pair } from '../domain/pair.js';

export const MemoSchema = Type.Object({
  id: Type.String(),
  sessionId: Type.String(),
  kind: Type.Union([Type.Literal('shared'), Type.Literal('private'), Type.Literal('next_topics')]),
  author: Type.Object({ id: Type.String(), displayName: Type.String() }),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});

export function presentMemo(memo: MemoRecord, pair: Pair) {
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
