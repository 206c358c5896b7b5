import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { assertVersion } from '../../domain/agenda.js';
import { notFound } from '../../domain/errors.js';
import {
  assertMayChangeMemo,
  assertMayCreateMemo,
  assertRepeatedCreation,
  isMemoVisibleTo,
  type MemoKind,
  memoEventAudience,
  nextTopicsAlreadyExists,
  validateMemoBody,
} from '../../domain/memo.js';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import { changeSession } from '../../services/sessionChanges.js';
import { expectedVersion, sendETag } from '../ifMatch.js';
import { MemoSchema, presentMemo } from '../memoPresenter.js';
import { Id, problemResponses } from '../schemas.js';

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
const SessionParams = Type.Object({ sessionId: Id }, { additionalProperties: false });
const MemoParams = Type.Object({ sessionId: Id, memoId: Id }, { additionalProperties: false });
const writeResponses = {
  ...problemResponses,
  403: problemResponses[400],
  409: problemResponses[400],
  422: problemResponses[400],
  428: problemResponses[400],
};

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
        response: { 200: MemoSchema, 201: MemoSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const input = request.body as { kind: MemoKind; body: string; id?: string };
      const { actor, data } = request;
      const { memo: view, repeated } = await changeSession(data, notifier, sessionId, async (trx, record) => {
        const { session, pair, role } = await loadParticipantSession(trx, sessionId, actor.id);
        assertMayCreateMemo(input.kind, role);
        const body = validateMemoBody(input.kind, input.body);
        const wanted = { sessionId: session.id, authorId: actor.id, kind: input.kind };
        const repeatOf = async (id: string) => {
          const stored = await trx.memos.findById(id);
          if (stored === null) return null;
          assertRepeatedCreation(stored, wanted);
          return { memo: presentMemo(stored, pair), repeated: true };
        };
        if (input.id !== undefined) {
          const repeat = await repeatOf(input.id);
          if (repeat !== null) return repeat;
        }
        if (input.kind === 'next_topics') {
          const existing = await trx.memos.findNextTopics(session.id);
          const current = existing === null ? null : await trx.memos.findById(existing.id);
          if (current !== null) nextTopicsAlreadyExists(presentMemo(current, pair));
        }
        const id = input.id ?? randomUUID();
        const memo = await trx.memos.create({ id, ...wanted, body });
        if (memo === null) {
          // The same creation arrived twice at once and the other one stored it.
          const repeat = await repeatOf(id);
          if (repeat !== null) return repeat;
          throw new Error('a memo id collided but no memo has it');
        }
        const presented = presentMemo(memo, pair);
        await record('memo.changed', { change: 'added', memo: presented, ...memoEventAudience(memo) });
        return { memo: presented, repeated: false };
      });
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
        response: { 200: MemoSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, memoId } = request.params as { sessionId: string; memoId: string };
      const input = request.body as { body: string };
      const version = expectedVersion(request);
      const { actor, data } = request;
      const view = await changeSession(data, notifier, sessionId, async (trx, record) => {
        const { session, pair } = await loadParticipantSession(trx, sessionId, actor.id);
        const memo = await trx.memos.findById(memoId);
        if (memo === null || memo.sessionId !== session.id || !isMemoVisibleTo(memo, actor.id))
          throw notFound('memo');
        assertMayChangeMemo(memo, actor.id);
        assertVersion(presentMemo(memo, pair), version);
        const updated = await trx.memos.updateBody(memo.id, version, validateMemoBody(memo.kind, input.body));
        if (updated === null) throw notFound('memo');
        const presented = presentMemo(updated, pair);
        await record('memo.changed', { change: 'updated', memo: presented, ...memoEventAudience(updated) });
        return presented;
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
        response: { 204: Type.Null(), ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, memoId } = request.params as { sessionId: string; memoId: string };
      const version = expectedVersion(request);
      const { actor, data } = request;
      await changeSession(data, notifier, sessionId, async (trx, record) => {
        const { session, pair } = await loadParticipantSession(trx, sessionId, actor.id);
        const memo = await trx.memos.findById(memoId);
        if (memo === null || memo.sessionId !== session.id || !isMemoVisibleTo(memo, actor.id))
          throw notFound('memo');
        assertMayChangeMemo(memo, actor.id);
        assertVersion(presentMemo(memo, pair), version);
        if (!(await trx.memos.delete(memo.id, version))) throw notFound('memo');
        await record('memo.deleted', { memoId: memo.id, kind: memo.kind, ...memoEventAudience(memo) });
      });
      return reply.code(204).send();
    },
  );
}
