import { Type } from 'typebox';

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

export { memoView as presentMemo } from '../services/memoView.js';
