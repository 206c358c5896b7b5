import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  type AgendaContent,
  type AgendaItem,
  assertMayEditContent,
  assertRoomForItem,
  assertSessionOpen,
  assertVersion,
  nextPosition,
  validateAgendaContent,
} from '../../domain/agenda.js';
import { notFound } from '../../domain/errors.js';
import { requestMaxLength, TEXT_LIMITS } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import type { PreparationEvents } from '../../services/preparation.js';
import { changeSession } from '../../services/sessionChanges.js';
import { AgendaItemSchema, presentAgendaItem } from '../agendaPresenter.js';
import { sendETag, expectedVersion as versionFromIfMatch } from '../ifMatch.js';
import { CatalogId, Id, problemResponses } from '../schemas.js';

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
const SessionParams = Type.Object({ sessionId: Id }, { additionalProperties: false });
const ItemParams = Type.Object({ sessionId: Id, itemId: Id }, { additionalProperties: false });
const writeResponses = {
  ...problemResponses,
  403: problemResponses[400],
  409: problemResponses[400],
  422: problemResponses[400],
  428: problemResponses[400],
};

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
  const { notifier, preparation } = options;
  const now = options.now ?? (() => new Date());

  app.post(
    '/sessions/:sessionId/agenda',
    {
      schema: {
        summary: 'Add an item to the agenda: a theme and the response hoped for',
        tags: ['agenda'],
        params: SessionParams,
        body: CreateBody,
        response: { 201: AgendaItemSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const body = request.body as CreateBodyType;
      const { actor, data } = request;
      const view = await changeSession(data, notifier, sessionId, async (trx, record) => {
        const { session, pair, role } = await loadParticipantSession(trx, sessionId, actor.id);
        assertSessionOpen(session.status);
        const [items, catalog] = await Promise.all([
          trx.agenda.listForSession(session.id),
          trx.catalog.load(),
        ]);
        assertRoomForItem(items);
        const content = validateAgendaContent(
          {
            themeId: body.themeId ?? null,
            themeText: body.themeText ?? null,
            expectedResponseId: body.expectedResponseId,
            detail: body.detail ?? null,
          },
          catalog,
        );
        const item = await trx.agenda.create({
          id: randomUUID(),
          sessionId: session.id,
          authorId: actor.id,
          authorRole: role,
          position: nextPosition(items, role),
          content,
        });
        await record('agenda.changed', { itemId: item.id, change: 'added' });
        if (role === 'member') await preparation.memberPrepared(trx, session, item);
        return presentAgendaItem(item, pair, catalog);
      });
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
        params: ItemParams,
        body: UpdateBody,
        response: { 200: AgendaItemSchema, ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, itemId } = request.params as { sessionId: string; itemId: string };
      const body = request.body as UpdateBodyType;
      const expectedVersion = versionFromIfMatch(request);
      const { actor, data } = request;
      const view = await changeSession(data, notifier, sessionId, async (trx, record) => {
        const { session, pair } = await loadParticipantSession(trx, sessionId, actor.id);
        const item = await trx.agenda.findById(itemId);
        if (item === null || item.sessionId !== session.id) throw notFound('agenda item');
        assertSessionOpen(session.status);
        const catalog = await trx.catalog.load();
        const present = (current: AgendaItem) => presentAgendaItem(current, pair, catalog);
        assertVersion({ ...present(item), version: item.version }, expectedVersion);

        const touchesContent = ['themeId', 'themeText', 'expectedResponseId', 'detail'].some(
          (key) => key in body,
        );
        let content: Partial<AgendaContent> = {};
        if (touchesContent) {
          assertMayEditContent(item, actor.id);
          const previous = {
            themeId: item.themeId,
            themeText: item.themeText,
            expectedResponseId: item.expectedResponseId,
            detail: item.detail,
          };
          content = validateAgendaContent(
            {
              themeId:
                body.themeId !== undefined
                  ? body.themeId
                  : body.themeText !== undefined
                    ? null
                    : item.themeId,
              themeText: body.themeText !== undefined ? body.themeText : item.themeText,
              expectedResponseId: body.expectedResponseId ?? item.expectedResponseId,
              detail: body.detail !== undefined ? body.detail : item.detail,
            },
            catalog,
            previous,
          );
        }
        const updated = await trx.agenda.update(item.id, expectedVersion, {
          ...content,
          ...(body.status !== undefined && { status: body.status }),
          ...(body.position !== undefined && { position: body.position }),
        });
        if (updated === null) {
          const current = await trx.agenda.findById(item.id);
          assertVersion(current === null ? { version: -1 } : present(current), expectedVersion);
          throw notFound('agenda item');
        }
        // The status is logged with the change: when an item was ticked splits the transcript per item.
        await record('agenda.changed', {
          itemId: item.id,
          change: 'updated',
          ...(body.status !== undefined && { status: body.status, at: now().toISOString() }),
        });
        return present(updated);
      });
      return sendETag(reply, view.version).send(view);
    },
  );

  app.delete(
    '/sessions/:sessionId/agenda/:itemId',
    {
      schema: {
        summary: 'Remove your own agenda item (If-Match)',
        tags: ['agenda'],
        params: ItemParams,
        response: { 204: Type.Null(), ...writeResponses },
      },
    },
    async (request, reply) => {
      const { sessionId, itemId } = request.params as { sessionId: string; itemId: string };
      const expectedVersion = versionFromIfMatch(request);
      const { actor, data } = request;
      await changeSession(data, notifier, sessionId, async (trx, record) => {
        const { session, pair } = await loadParticipantSession(trx, sessionId, actor.id);
        const item = await trx.agenda.findById(itemId);
        if (item === null || item.sessionId !== session.id) throw notFound('agenda item');
        assertSessionOpen(session.status);
        assertMayEditContent(item, actor.id);
        const catalog = await trx.catalog.load();
        assertVersion(presentAgendaItem(item, pair, catalog), expectedVersion);
        if (!(await trx.agenda.delete(item.id, expectedVersion))) throw notFound('agenda item');
        await record('agenda.changed', { itemId: item.id, change: 'deleted' });
      });
      return reply.code(204).send();
    },
  );
}
