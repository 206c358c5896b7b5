import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { type AgendaItem, agendaThemeLabel, orderAgenda } from '../domain/agenda.js';
import { type Catalog, catalogLabel } from '../domain/catalog.js';
import { matchesQuery, queryTerms } from '../domain/history.js';
import type { ItemNoteView } from '../domain/itemNote.js';
import type { Memo } from '../domain/memo.js';
import type { Pair } from '../domain/pair.js';
import { type RatingView, ratingViewFor } from '../domain/ratingVisibility.js';
import { visibleItemNotes } from './itemNotes.js';
import { participantPair } from './participantSession.js';

const HISTORY_LIMIT = 200;

export interface PastSession {
  session: SessionRecord;
  /** In agenda order. */
  agenda: AgendaItem[];
  memos: Memo[];
  /** Only notes with text. */
  itemNotes: ItemNoteView[];
  rating: RatingView;
}

export interface PairHistory {
  pair: Pair;
  catalog: Catalog;
  /** Newest first. */
  sessions: PastSession[];
}

/** The words a past 1on1 is searched by, in both languages: what the person sees of it. */
function searchableTexts(past: PastSession, catalog: Catalog): string[] {
  return [
    ...past.agenda.flatMap((item) => {
      const theme = agendaThemeLabel(item, catalog);
      const expected =
        item.expectedResponseId === null
          ? null
          : catalogLabel(catalog, 'expectedResponses', item.expectedResponseId);
      return [theme.ja, theme.en, item.detail ?? '', expected?.ja ?? '', expected?.en ?? ''];
    }),
    ...past.memos.map((memo) => memo.body),
    ...past.itemNotes.map((note) => note.body),
  ];
}

/** A pair's ended 1on1s as one of the pair sees them (their memos, notes, rating), filtered by `query`. */
export async function pairHistory(
  data: TenantData,
  pairId: string,
  actorId: string,
  query: string,
): Promise<PairHistory> {
  const { pair, role } = await participantPair(data, pairId, actorId);
  const past = (await data.sessions.listForPairs([pair.id]))
    .filter((session) => session.status === 'ended')
    .slice(0, HISTORY_LIMIT);
  const ids = past.map((session) => session.id);
  const [items, memos, notes, ratings, catalog] = await Promise.all([
    data.agenda.listForSessions(ids),
    data.memos.listVisible(ids, actorId),
    visibleItemNotes(data, ids, pair, { id: actorId, role }),
    data.ratingStates.forSessions(ids),
    data.catalog.load(),
  ]);
  const terms = queryTerms(query);
  const sessions = past
    .map(
      (session): PastSession => ({
        session,
        agenda: orderAgenda(items.filter((item) => item.sessionId === session.id)),
        memos: memos.filter((memo) => memo.sessionId === session.id),
        itemNotes: notes.filter((note) => note.sessionId === session.id && note.body !== ''),
        rating: ratingViewFor(role, ratings.get(session.id)),
      }),
    )
    .filter((entry) => matchesQuery(searchableTexts(entry, catalog), terms));
  return { pair, catalog, sessions };
}
