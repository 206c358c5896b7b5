import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { ItemNoteKind } from '../../domain/itemNote.js';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { carriedItemNotes, sessionItemNotes, writeItemNote } from '../../services/itemNotes.js';
import { expectedVersion, sendETag } from '../ifMatch.js';
import { AgendaItemParams, problemResponses, SessionParams, versionedWriteResponses } from '../schemas.js';

export const ItemNoteSchema = Type.Object({
  itemId: Type.String(),
  sessionId: Type.String(),
  kind: Type.Union([Type.Literal('shared'), Type.Literal('private')]),
  body: Type.String(),
  /** 0 while nothing was written: send If-Match "0" to write the first text. */
  version: Type.Integer({ minimum: 0 }),
  author: Type.Union([Type.Object({ id: Type.String(), displayName: Type.String() }), Type.Null()]),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

// A little slack over the limit so surrounding whitespace is trimmed before the domain counts.
const WriteBody = Type.Object(
  { body: Type.String({ maxLength: requestMaxLength(TEXT_LIMITS.memoBody) }) },
  { additionalProperties: false },
);

/**
 * Notes per agenda item: one shared note the pair writes under an item, one private note the
 * manager keeps there. Writes are versioned (If-Match; "0" for the first text) like memos.
 */
export async function itemNoteRoutes(app: FastifyInstance, options: { notifier: SessionChangeNotifier }) {
  const { notifier } = options;

  app.get(
    '/sessions/:sessionId/item-notes',
    {
      schema: {
        summary: "The notes under this 1on1's agenda items: shared ones, and the caller's own private ones",
        tags: ['memos'],
        params: SessionParams,
        response: { 200: Type.Object({ notes: Type.Array(ItemNoteSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      return { notes: await sessionItemNotes(request.data, sessionId, request.actor.id) };
    },
  );

  app.get(
    '/sessions/:sessionId/carried-notes',
    {
      schema: {
        summary:
          'For each agenda item carried over from an earlier 1on1, the shared note written under it there ("last time we noted…")',
        tags: ['memos'],
        params: SessionParams,
        response: {
          200: Type.Object({
            notes: Type.Array(Type.Object({ itemId: Type.String(), note: ItemNoteSchema })),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      return { notes: await carriedItemNotes(request.data, sessionId, request.actor.id) };
    },
  );

  for (const kind of ['shared', 'private'] as const satisfies readonly ItemNoteKind[]) {
    app.put(
      `/sessions/:sessionId/agenda/:itemId/notes/${kind}`,
      {
        schema: {
          summary:
            kind === 'shared'
              ? "Write the item's shared note (If-Match); a conflicting write answers 409 with the current note"
              : "Write the manager's private note on the item (If-Match); never shown to the member",
          tags: ['memos'],
          params: AgendaItemParams,
          body: WriteBody,
          response: { 200: ItemNoteSchema, ...versionedWriteResponses },
        },
      },
      async (request, reply) => {
        const { sessionId, itemId } = request.params as { sessionId: string; itemId: string };
        const { body } = request.body as { body: string };
        const view = await writeItemNote(request.data, notifier, {
          sessionId,
          itemId,
          kind,
          actorId: request.actor.id,
          body,
          expectedVersion: expectedVersion(request),
        });
        return sendETag(reply, view.version).send(view);
      },
    );
  }
}
