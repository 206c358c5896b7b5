import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { orderAgenda } from '../../domain/agenda.js';
import { notFound } from '../../domain/errors.js';
import { isMemoVisibleTo } from '../../domain/memo.js';
import { roleInPair } from '../../domain/pair.js';
import { isPrepared } from '../../domain/preparation.js';
import { diceRollView } from '../../services/diceTalk.js';
import type { SessionSnapshots } from '../../services/sessionSnapshots.js';
import { AgendaItemSchema, presentAgendaItem } from '../agendaPresenter.js';
import { MemoSchema, presentMemo } from '../memoPresenter.js';
import { sessionSummary } from '../presenters.js';
import { problemResponses, SessionParams, SessionViewSchema } from '../schemas.js';
import { DiceStateSchema } from './dice.js';

const SessionDetailSchema = Type.Intersect([
  SessionViewSchema,
  Type.Object({
    agenda: Type.Array(AgendaItemSchema),
    /** Whether the member prepared: see `isPrepared` in domain/preparation.ts. */
    prepared: Type.Boolean(),
    /** Shared memos, the next-topics memo and the caller's own private memos; never anyone else's. */
    memos: Type.Array(MemoSchema),
    dice: DiceStateSchema,
    /** Open GET /sessions/:id/events with this as Last-Event-ID to receive every change after this view. */
    lastEventId: Type.Union([Type.String(), Type.Null()]),
  }),
]);

export async function sessionRoutes(app: FastifyInstance, options: { snapshots: SessionSnapshots }) {
  app.get(
    '/sessions/:sessionId',
    {
      schema: {
        summary: 'Everything a participant may see of one 1on1',
        tags: ['sessions'],
        params: SessionParams,
        response: { 200: SessionDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      const { data, actor } = request;
      const snapshot = await options.snapshots.get(data, sessionId);
      const role = snapshot === null ? null : roleInPair(snapshot.pair, actor.id);
      if (snapshot === null || role === null) throw notFound('session');
      const { session, pair, items, catalog, latestRoll } = snapshot;
      return {
        ...sessionSummary(session),
        manager: pair.manager,
        member: pair.member,
        myRole: role,
        joinUrl: session.joinUrl,
        nextSessionId: session.nextSessionId,
        agenda: orderAgenda(items).map((item) => presentAgendaItem(item, pair, catalog)),
        prepared: isPrepared(items),
        memos: snapshot.memos
          .filter((memo) => isMemoVisibleTo(memo, actor.id))
          .map((memo) => presentMemo(memo, pair)),
        dice: {
          latest: latestRoll === null ? null : diceRollView(latestRoll, pair, catalog),
          count: snapshot.rolls,
        },
        lastEventId: snapshot.lastEventId,
      };
    },
  );
}
