import type { RequestBodyOf, ResponseOf } from './contract';

/**
 * The names the tab uses for the API's shapes. Every shape is read from the contract generated
 * from the server's routes (contract.gen.ts, `npm run contract`), never written out by hand.
 */

export type ClientConfig = ResponseOf<'/api/v1/client-config'>;
export type DevUser = ResponseOf<'/api/v1/dev/users'>['users'][number];
export type DevToken = ResponseOf<'/api/v1/dev/token', 'post'>;
export type Me = ResponseOf<'/api/v1/me'>;

export type Pair = ResponseOf<'/api/v1/pairs'>['pairs'][number];
/** `pending`: the member has not confirmed who manages them yet; `ended`: history only. */
export type PairStatus = Pair['status'];
export type Role = Pair['myRole'];
/** `email` is null when the directory has no mail for them. */
export type Person = Pair['manager'];
export type SessionSummary = ResponseOf<'/api/v1/pairs/{pairId}/sessions', 'post', 201>;
export type SessionStatus = SessionSummary['status'];
export type NewPair = RequestBodyOf<'/api/v1/pairs', 'post'>;
export type NewSession = RequestBodyOf<'/api/v1/pairs/{pairId}/sessions', 'post'>;

type SessionView = ResponseOf<'/api/v1/sessions/{sessionId}'>;
/**
 * A session as the meeting and preparation show it; `agenda` lists the member's items first, then
 * the manager's; `prepared`: the member put at least one item of their own on it.
 */
export type SessionDetail = Omit<SessionView, 'memos' | 'dice' | 'lastEventId'>;

/** `theme.text` is set for a written-own theme (id "other"); `theme.label` is always what to show. */
export type AgendaItem = ResponseOf<'/api/v1/sessions/{sessionId}/agenda', 'post', 201>;
export type AgendaStatus = AgendaItem['status'];
export type LocalizedText = AgendaItem['theme']['label'];

/** The theme id that means "write your own" (themeText). */
export const FREE_TEXT_THEME_ID = 'other';

type NewAgendaItem = RequestBodyOf<'/api/v1/sessions/{sessionId}/agenda', 'post'>;
/** What a person writes for an item; the form always sends every field. */
export type AgendaContent = Required<{ [K in keyof NewAgendaItem]: Exclude<NewAgendaItem[K], undefined> }>;
export type AgendaChanges = RequestBodyOf<'/api/v1/sessions/{sessionId}/agenda/{itemId}', 'patch'>;

export type Memo = ResponseOf<'/api/v1/sessions/{sessionId}/memos', 'post', 201>;
export type MemoKind = Memo['kind'];

/** A note under one agenda item (api/src/http/routes/itemNotes.ts); version 0 while nothing was written. */
export type ItemNote = ResponseOf<'/api/v1/sessions/{sessionId}/item-notes'>['notes'][number];

/** One ended 1on1 as history shows it; `itemNotes`: shared ones, and for the manager their own private ones. */
export type HistoryEntry = ResponseOf<'/api/v1/pairs/{pairId}/history'>['sessions'][number];
export type RatingView = HistoryEntry['rating'];

export type Catalog = ResponseOf<'/api/v1/catalog'>;
export type CatalogKind = keyof Catalog;
export type CatalogEntry = Catalog['themes'][number];
export type CatalogUpdate = RequestBodyOf<'/api/v1/admin/catalog', 'put'>;
/** An active entry as an admin submits it; its place in the list is its order. */
export type CatalogEntryInput = NonNullable<CatalogUpdate['themes']>[number];

/** A pair's rhythm (api/src/domain/cadence.ts). */
export type CadenceView = ResponseOf<'/api/v1/pairs/{pairId}/cadence'>;
export type Cadence = RequestBodyOf<'/api/v1/pairs/{pairId}/cadence', 'put'>;

/** What GET /pairs/:id/insights (manager only) answers; the agenda shows `hints` beside each item. */
export type PairInsights = ResponseOf<'/api/v1/pairs/{pairId}/insights'>;
/** How often the manager's response fitted what was hoped for, from the member's ratings. */
export type FitCount = PairInsights['hints'][number]['overall'];
