import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import {
  type AgendaDeps,
  addAgendaItem,
  changeAgendaItem,
  removeAgendaItem,
} from '../../services/agendaItems.js';
import type { PreparationEvents } from '../../services/preparation.js';
import { AgendaItemSchema } from '../agendaPresenter.js';
import { sendETag, expectedVersion as versionFromIfMatch } from '../ifMatch.js';
import { AgendaItemParams, CatalogId, SessionParams, versionedWriteResponses } from '../schemas.js';

const NullableText = (maxLength: number) => Type.Union([Type.String({ maxLength }), Type.Null()]);
const ContentFields = {
  themeId: Type.Optional(Type.Union([CatalogId, Type.Null()])),
  themeText: Type.Optional(NullableText(requestMaxLength(TEXT_LIMITS.agendaThemeText))),
  detail: Type.Optional(NullableText(requestMaxLength(TEXT_LIMITS.agendaDetail))),
};

const CreateBody = Type.Object(
  { ...ContentFields, expectedResponseId: CatalogId },
  { additionalProperties: false },
);
const UpdateBody = Type.Object(
  {
    ...ContentFields,
    expectedResponseId: Type.Optional(CatalogId),
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('discussed')])),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

interface CreateBodyType {
  themeId?: string | null;
  themeText?: string | null;
  detail?: string | null;
  expectedResponseId: string;
}
type UpdateBodyType = Partial<CreateBodyType> & { status?: 'open' | 'discussed'; position?: number };

export async function agendaRoutes(
  app: FastifyInstance,
  options: { notifier: SessionChangeNotifier; preparation: PreparationEvents; now?: () => Date },
) {
  const deps: AgendaDeps = {
    notifier: options.notifier,
    preparation: options.preparation,
    now: options.now ?? (() => new Date()),
  };

  app.post(
    '/sessions/:sessionId/agenda',
    {
      schema: {
        summary: 'Add an item to the agenda: a theme and the response hoped for',
        tags: ['agenda'],
        params: SessionParams,
        body: CreateBody,
        response: { 201: AgendaItemSchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const body = request.body as CreateBodyType;
      const view = await addAgendaItem(request.data, sessionId, request.actor.id, body, deps);
      return sendETag(reply, view.version).code(201).send(view);
    },
  );

  app.patch(
    '/sessions/:sessionId/agenda/:itemId',
    {
      schema: {
        summary:
          'Change an agenda item (If-Match): its content by its author, its status or place by either person',
        tags: ['agenda'],
        params: AgendaItemParams,
        body: UpdateBody,
        response: { 200: AgendaItemSchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, itemId } = request.params as { sessionId: string; itemId: string };
      const body = request.body as UpdateBodyType;
      const expectedVersion = versionFromIfMatch(request);
      const view = await changeAgendaItem(
        request.data,
        sessionId,
        request.actor.id,
        { itemId, expectedVersion, body },
        deps,
      );
      return sendETag(reply, view.version).send(view);
    },
  );

  app.delete(
    '/sessions/:sessionId/agenda/:itemId',
    {
      schema: {
        summary: 'Remove your own agenda item (If-Match)',
        tags: ['agenda'],
        params: AgendaItemParams,
        response: { 204: Type.Null(), ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, itemId } = request.params as { sessionId: string; itemId: string };
      const expectedVersion = versionFromIfMatch(request);
      await removeAgendaItem(request.data, sessionId, request.actor.id, { itemId, expectedVersion }, deps);
      return reply.code(204).send();
    },
  );
}
