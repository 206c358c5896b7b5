import { type Static, Type } from 'typebox';
import { orderAgenda } from '../domain/agenda.js';
import { isMemoVisibleTo } from '../domain/memo.js';
import { roleInPair } from '../domain/pair.js';
import { isPrepared } from '../domain/preparation.js';
import { diceRollView } from '../services/diceTalk.js';
import type { SessionSnapshot } from '../services/sessionSnapshots.js';
import { AgendaItemSchema, presentAgendaItem } from './agendaPresenter.js';
import { MemoSchema, presentMemo } from './memoPresenter.js';
import { sessionSummary } from './presenters.js';
import { DiceStateSchema } from './routes/dice.js';
import { SessionViewSchema } from './schemas.js';

/** Everything a participant may see of one 1on1: GET /sessions/:id, and a resolved meeting. */
export const SessionDetailSchema = Type.Intersect([
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
export type SessionDetailDto = Static<typeof SessionDetailSchema>;

/** The session as `actorId` sees it; null when they are not one of its pair. */
export function presentSessionDetail(snapshot: SessionSnapshot, actorId: string): SessionDetailDto | null {
  const { session, pair, items, catalog, latestRoll } = snapshot;
  const role = roleInPair(pair, actorId);
  if (role === null) return null;
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
      .filter((memo) => isMemoVisibleTo(memo, actorId))
      .map((memo) => presentMemo(memo, pair)),
    dice: {
      latest: latestRoll === null ? null : diceRollView(latestRoll, pair, catalog),
      count: snapshot.rolls,
    },
    lastEventId: snapshot.lastEventId,
  };
}
