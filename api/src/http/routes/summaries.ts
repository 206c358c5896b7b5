import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SUMMARY_ITEM_LIMIT, SUMMARY_TEXT_LIMIT, type SummaryItemText } from '../../domain/summary.js';
import { requestMaxLength } from '../../domain/textLimits.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import {
  acceptSummary,
  discardSummary,
  draftSummary,
  type SummaryContext,
  setSummaryConsent,
  summaryView,
  talkFitView,
} from '../../services/sessionSummary.js';
import { setSummariesAiEnabled, summariesAiEnabled } from '../../services/summarySettings.js';
import type { SummaryDrafter } from '../../summary/azureOpenAi.js';
import { sendETag, expectedVersion as versionFromIfMatch } from '../ifMatch.js';
import { requestLocale } from '../locale.js';
import { Id, LocalizedText, problemResponses, SessionParams, versionedWriteResponses } from '../schemas.js';

const PairParams = Type.Object({ pairId: Id }, { additionalProperties: false });

const ConsentSchema = Type.Object({
  mine: Type.Boolean(),
  theirs: Type.Boolean(),
  configured: Type.Boolean(),
  enabledByAdmin: Type.Boolean(),
  aiWillDraft: Type.Boolean(),
});

const Text = Type.String({ maxLength: requestMaxLength(SUMMARY_TEXT_LIMIT) });
const ItemText = Type.Object(
  { agendaItemId: Id, said: Text, decisions: Text, actions: Text },
  { additionalProperties: false },
);

const FitSchema = Type.Object({
  kind: Type.Union([Type.Literal('spokeTooMuch'), Type.Literal('spokeTooLittle'), Type.Literal('fits')]),
  expectedResponseId: Type.String(),
  managerShare: Type.Number(),
});

const TalkSchema = Type.Union([
  Type.Object({
    managerShare: Type.Number(),
    memberShare: Type.Number(),
    attributedMs: Type.Integer(),
  }),
  Type.Null(),
]);

const SummarySchema = Type.Object({
  state: Type.Union(['none', 'draft', 'accepted', 'discarded'].map((state) => Type.Literal(state))),
  source: Type.Union([Type.Literal('azure_openai'), Type.Literal('extractive'), Type.Null()]),
  /** Why the draft was taken from the transcript instead of written by Azure OpenAI. */
  fallback: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  transcriptAvailable: Type.Boolean(),
  consent: ConsentSchema,
  items: Type.Array(
    Type.Object({
      agendaItemId: Type.String(),
      said: Type.String(),
      decisions: Type.String(),
      actions: Type.String(),
      title: LocalizedText,
      expectedResponseId: Type.Union([Type.String(), Type.Null()]),
      expectedResponse: Type.Union([LocalizedText, Type.Null()]),
      talk: TalkSchema,
      /** The manager's private hint; always null for the member. */
      fit: Type.Union([FitSchema, Type.Null()]),
    }),
  ),
});

const TalkFitSchema = Type.Object({
  transcriptAvailable: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      agendaItemId: Type.String(),
      title: LocalizedText,
      expectedResponseId: Type.Union([Type.String(), Type.Null()]),
      expectedResponse: Type.Union([LocalizedText, Type.Null()]),
      talk: TalkSchema,
      fit: Type.Union([FitSchema, Type.Null()]),
    }),
  ),
});

/** A 1on1's summary, controlled by its pair; Azure OpenAI writes drafts only when everyone allowed it. */
export async function summaryRoutes(
  app: FastifyInstance,
  options: { drafter: SummaryDrafter | null; notifier: SessionChangeNotifier; now: () => Date },
) {
  const context = (log: FastifyInstance['log']): SummaryContext => ({
    drafter: options.drafter,
    notifier: options.notifier,
    now: options.now,
    log: (fields, message) => log.info({ component: 'summary', ...fields }, message),
  });

  app.get(
    '/sessions/:sessionId/summary',
    {
      schema: {
        summary: "The 1on1's summary per agenda item, talk shares and (for the manager) private fit hints",
        tags: ['summary'],
        params: SessionParams,
        response: { 200: SummarySchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const view = await summaryView(request.data, sessionId, request.actor.id, context(request.log));
      return sendETag(reply, view.version).send(view);
    },
  );

  app.get(
    '/sessions/:sessionId/summary/fit',
    {
      schema: {
        summary:
          "The manager's private talk-share fit hints per agenda item, from the transcript, without a summary draft (manager only)",
        tags: ['summary'],
        params: SessionParams,
        response: { 200: TalkFitSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      return talkFitView(request.data, sessionId, request.actor.id, context(request.log));
    },
  );

  app.post(
    '/sessions/:sessionId/summary/draft',
    {
      schema: {
        summary:
          "Draft the summary from the transcript: by the tenant's Azure OpenAI when enabled and allowed by both, else extractive",
        tags: ['summary'],
        params: SessionParams,
        response: { 201: SummarySchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const view = await draftSummary(
        request.data,
        sessionId,
        request.actor.id,
        requestLocale(request),
        context(request.log),
      );
      return sendETag(reply, view.version).code(201).send(view);
    },
  );

  app.put(
    '/sessions/:sessionId/summary',
    {
      schema: {
        summary: 'Accept the summary draft, with edits (If-Match)',
        tags: ['summary'],
        params: SessionParams,
        body: Type.Object(
          { items: Type.Array(ItemText, { maxItems: SUMMARY_ITEM_LIMIT }) },
          { additionalProperties: false },
        ),
        response: { 200: SummarySchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const { items } = request.body as { items: SummaryItemText[] };
      const view = await acceptSummary(
        request.data,
        sessionId,
        request.actor.id,
        versionFromIfMatch(request),
        items,
        context(request.log),
      );
      return sendETag(reply, view.version).send(view);
    },
  );

  app.delete(
    '/sessions/:sessionId/summary',
    {
      schema: {
        summary: 'Discard the summary (If-Match): its text is deleted',
        tags: ['summary'],
        params: SessionParams,
        response: { 200: SummarySchema, ...versionedWriteResponses },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const view = await discardSummary(
        request.data,
        sessionId,
        request.actor.id,
        versionFromIfMatch(request),
        context(request.log),
      );
      return sendETag(reply, view.version).send(view);
    },
  );

  app.put(
    '/pairs/:pairId/summary-consent',
    {
      schema: {
        summary: "Allow (or stop allowing) the tenant's Azure OpenAI to draft this pair's summaries",
        tags: ['summary'],
        params: PairParams,
        body: Type.Object({ allowed: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: ConsentSchema, ...versionedWriteResponses },
      },
    },
    async (request) => {
      const { pairId } = request.params as { pairId: string };
      const { allowed } = request.body as { allowed: boolean };
      return setSummaryConsent(request.data, pairId, request.actor.id, allowed, context(request.log));
    },
  );

  const AdminSchema = Type.Object({
    /** The admin's switch: Azure OpenAI may draft summaries for pairs whose two people allow it. */
    aiEnabled: Type.Boolean(),
    /** The server has an Azure OpenAI deployment configured (AZURE_OPENAI_*). */
    configured: Type.Boolean(),
  });

  app.get(
    '/admin/summary-settings',
    {
      schema: {
        summary: 'Admin: whether Azure OpenAI summaries are turned on and configured',
        tags: ['admin'],
        response: { 200: AdminSchema, ...problemResponses, 403: problemResponses[400] },
      },
    },
    async (request) => ({
      aiEnabled: await summariesAiEnabled(request.data),
      configured: options.drafter !== null,
    }),
  );

  app.put(
    '/admin/summary-settings',
    {
      schema: {
        summary: 'Admin: turn Azure OpenAI summaries on or off for the organisation',
        tags: ['admin'],
        body: Type.Object({ aiEnabled: Type.Boolean() }, { additionalProperties: false }),
        response: {
          200: AdminSchema,
          ...problemResponses,
          403: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request) => {
      const { aiEnabled } = request.body as { aiEnabled: boolean };
      await setSummariesAiEnabled(request.data, aiEnabled, options.now());
      request.log.info({ component: 'summary', aiEnabled }, 'summary setting changed');
      return { aiEnabled, configured: options.drafter !== null };
    },
  );
}
