import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { MemoKind } from '../../domain/memo.js';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { changeMemo, deleteMemo, writeMemo } from '../../services/sessionMemos.js';
import { expectedVersion, sendETag } from '../ifMatch.js';
import { MemoSchema } from '../memoPresenter.js';
import { Id, SessionParams, versionedWriteResponses } from '../schemas.js';

const MemoKindSchema = Type.Union([
  Type.Literal('shared'),
  Type.Literal('private'),
  Type.Literal('next_topics'),
]);
// A little slack over the limit so surrounding whitespace is trimmed before the domain counts.
const Body = Type.String({ maxLength: requestMaxLength(TEXT_LIMITS.memoBody) });
const CreateBody = Type.Object(
  {
    kind: MemoKindSchema,
    body: Body,
    id: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The new memo’s id, chosen by the writer: sending the same creation again returns the memo stored the first time (200) instead of a second memo',
      }),
    ),
  },
  { additionalProperties: false },
);
const UpdateBody = Type.Object({ body: Body }, { additionalProperties: false });
const MemoParams = Type.Object({ sessionId: Id, memoId: Id }, { additionalProperties: false });

/**
 * Shared memos, the manager's private memo and the next-topics memo. Every change is versioned
 * (If-Match) and recorded in the session's event log; a private memo's events reach its author only.
 */
export async function memoRoutes(app: FastifyInstance, options: { notifier: SessionChangeNotifier }) {
  const { notifier } = options;

  app.post(
    '/sessions/:sessionId/memos',
    {
      schema: {
        summary: 'Write a memo: shared with the pair, private to the manager, or the next-topics memo',
        tags: ['memos'],
        params: SessionParams,
        body: CreateBody,
        response: { 200: MemoSchema, 201: MemoSchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const input = request.body as { kind: MemoKind; body: string; id?: string };
      const { memo: view, repeated } = await writeMemo(
        request.data,
        notifier,
        sessionId,
        request.actor.id,
        input,
      );
      return sendETag(reply, view.version)
        .code(repeated ? 200 : 201)
        .send(view);
    },
  );

  app.patch(
    '/sessions/:sessionId/memos/:memoId',
    {
      schema: {
        summary: 'Change a memo (If-Match); a conflicting change answers 409 with the current memo',
        tags: ['memos'],
        params: MemoParams,
        body: UpdateBody,
        response: { 200: MemoSchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, memoId } = request.params as { sessionId: string; memoId: string };
      const input = request.body as { body: string };
      const version = expectedVersion(request);
      const view = await changeMemo(request.data, notifier, sessionId, request.actor.id, {
        memoId,
        version,
        body: input.body,
      });
      return sendETag(reply, view.version).send(view);
    },
  );

  app.delete(
    '/sessions/:sessionId/memos/:memoId',
    {
      schema: {
        summary: 'Delete a memo (If-Match)',
        tags: ['memos'],
        params: MemoParams,
        response: { 204: Type.Null(), ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, memoId } = request.params as { sessionId: string; memoId: string };
      const version = expectedVersion(request);
      await deleteMemo(request.data, notifier, sessionId, request.actor.id, { memoId, version });
      return reply.code(204).send();
    },
  );
}
