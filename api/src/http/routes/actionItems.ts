import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import {
  type ActionItemChanges,
  changeActionItem,
  createActionItem,
  deleteActionItem,
  listSessionActionItems,
  type NewActionItem,
} from '../../services/actionItems.js';
import { expectedVersion, sendETag } from '../ifMatch.js';
import { Id, problemResponses, SessionParams } from '../schemas.js';

const OwnerRole = Type.Union([Type.Literal('member'), Type.Literal('manager')]);
const Text = Type.String({ maxLength: requestMaxLength(TEXT_LIMITS.actionItemText) });
// The domain checks it is a real day; the schema only keeps the shape small.
const DueDate = Type.Union([Type.String({ maxLength: 10 }), Type.Null()]);

const ActionItemSchema = Type.Object({
  id: Type.String(),
  ownerRole: OwnerRole,
  text: Type.String(),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  done: Type.Boolean(),
  doneAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  overdue: Type.Boolean(),
  carried: Type.Boolean(),
  originSessionId: Type.String(),
  agendaItemId: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
const CreateBody = Type.Object(
  {
    text: Text,
    ownerRole: OwnerRole,
    dueDate: Type.Optional(DueDate),
    agendaItemId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
);
const UpdateBody = Type.Object(
  {
    text: Type.Optional(Text),
    ownerRole: Type.Optional(OwnerRole),
    dueDate: Type.Optional(DueDate),
    done: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
const ItemParams = Type.Object({ sessionId: Id, actionItemId: Id }, { additionalProperties: false });
const writeResponses = {
  ...problemResponses,
  409: problemResponses[400],
  422: problemResponses[400],
  428: problemResponses[400],
};

/**
 * Action items, "who does what by when". They belong to the pair: a 1on1 lists its own and those
 * still open from earlier ones, and either person may check one off from any of their 1on1s.
 */
export async function actionItemRoutes(
  app: FastifyInstance,
  options: { notifier: SessionChangeNotifier; now: () => Date },
) {
  const { notifier, now } = options;

  app.get(
    '/sessions/:sessionId/action-items',
    {
      schema: {
        summary: 'The action items of a 1on1: its own and those still open from earlier 1on1s',
        tags: ['action items'],
        params: SessionParams,
        response: { 200: Type.Object({ items: Type.Array(ActionItemSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { actor, data } = request;
      return { items: await listSessionActionItems(data, sessionId, actor.id, now()) };
    },
  );

  app.post(
    '/sessions/:sessionId/action-items',
    {
      schema: {
        summary: 'Agree an action item: who (member or manager) does what, by when (optional)',
        tags: ['action items'],
        params: SessionParams,
        body: CreateBody,
        response: { 201: ActionItemSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const body = request.body as Partial<NewActionItem> & Pick<NewActionItem, 'text' | 'ownerRole'>;
      const { actor, data } = request;
      const view = await createActionItem(data, notifier, {
        sessionId,
        actorId: actor.id,
        item: {
          text: body.text,
          ownerRole: body.ownerRole,
          dueDate: body.dueDate ?? null,
          agendaItemId: body.agendaItemId ?? null,
        },
        now: now(),
      });
      return sendETag(reply, view.version).code(201).send(view);
    },
  );

  app.patch(
    '/sessions/:sessionId/action-items/:actionItemId',
    {
      schema: {
        summary: 'Check off, uncheck or correct an action item of the pair (If-Match), by either person',
        tags: ['action items'],
        params: ItemParams,
        body: UpdateBody,
        response: { 200: ActionItemSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, actionItemId } = request.params as { sessionId: string; actionItemId: string };
      const version = expectedVersion(request);
      const { actor, data } = request;
      const view = await changeActionItem(data, notifier, {
        sessionId,
        itemId: actionItemId,
        actorId: actor.id,
        expectedVersion: version,
        changes: request.body as ActionItemChanges,
        now: now(),
      });
      return sendETag(reply, view.version).send(view);
    },
  );

  app.delete(
    '/sessions/:sessionId/action-items/:actionItemId',
    {
      schema: {
        summary:
          'Delete an action item of the pair (If-Match), by either person, from a 1on1 that still shows it',
        tags: ['action items'],
        params: ItemParams,
        response: { 204: Type.Null(), ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, actionItemId } = request.params as { sessionId: string; actionItemId: string };
      const version = expectedVersion(request);
      const { actor, data } = request;
      await deleteActionItem(data, notifier, {
        sessionId,
        itemId: actionItemId,
        actorId: actor.id,
        expectedVersion: version,
        now: now(),
      });
      return reply.code(204).send();
    },
  );
}
