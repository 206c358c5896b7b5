/** Mirror of the server contract under /api/v1 (the design's "API surface"; extend, never rename). */

export type Role = 'manager' | 'member';
export type SessionStatus = 'planned' | 'live' | 'ended';
export type LocalizedText = { ja: string; en: string };

export interface ClientConfig {
  authMode: 'dev' | 'entra';
  /** authorityHost: the Entra sign-in host of the cloud the server runs in (loopback in tests). */
  entra: { clientId: string; apiScope: string; authorityHost: string } | null;
}

export interface DevUser {
  id: string;
  displayName: string;
  email: string;
  locale: 'ja' | 'en';
  roles: Array<'manager' | 'member' | 'admin'>;
  description: LocalizedText;
}

export interface DevToken {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
}

export interface Me {
  id: string;
  tenantId: string;
  displayName: string;
  email: string;
  isAdmin: boolean;
}

export interface Person {
  id: string;
  displayName: string;
  /** Null when the directory has no mail for them. */
  email: string | null;
}

export interface SessionSummary {
  id: string;
  pairId: string;
  status: SessionStatus;
  /** ISO 8601. */
  scheduledStart: string;
  /** ISO 8601. */
  scheduledEnd: string;
}

/** `pending`: the member has not confirmed who manages them yet; `ended`: history only. */
export type PairStatus = 'pending' | 'established' | 'ended';

export interface Pair {
  id: string;
  myRole: Role;
  status: PairStatus;
  manager: Person;
  member: Person;
  nextSession: SessionSummary | null;
  lastSession: SessionSummary | null;
  /** For the member: the last 1on1 ended and is not rated yet. */
  rateLastSession: boolean;
}

export interface SessionDetail {
  id: string;
  pairId: string;
  status: SessionStatus;
  scheduledStart: string;
  scheduledEnd: string;
  manager: Person;
  member: Person;
  myRole: Role;
  joinUrl: string | null;
  nextSessionId: string | null;
  /** The member's items first, then the manager's, each in their own order. */
  agenda: AgendaItem[];
  /** Whether the member has put at least one item of their own on the agenda. */
  prepared: boolean;
}

export type AgendaStatus = 'open' | 'discussed' | 'carried_over';

export interface AgendaItem {
  id: string;
  sessionId: string;
  author: { id: string; displayName: string };
  authorRole: Role;
  /** `text` is set for a written-own theme (id "other"); `label` is always what to show. */
  theme: { id: string | null; text: string | null; label: LocalizedText };
  /** Null only for an item carried over from a next-topics memo, until the member chooses. */
  expectedResponse: { id: string; label: LocalizedText; hint: LocalizedText | null } | null;
  detail: string | null;
  position: number;
  status: AgendaStatus;
  carriedOver: boolean;
  version: number;
}

/** The theme id that means "write your own" (themeText). */
export const FREE_TEXT_THEME_ID = 'other';

export interface AgendaContent {
  themeId: string | null;
  themeText: string | null;
  expectedResponseId: string;
  detail: string | null;
}

export type AgendaChanges = Partial<AgendaContent> & { status?: 'open' | 'discussed'; position?: number };

export type MemoKind = 'shared' | 'private' | 'next_topics';

export interface Memo {
  id: string;
  sessionId: string;
  kind: MemoKind;
  author: { id: string; displayName: string };
  body: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A note under one agenda item (api/src/http/routes/itemNotes.ts); version 0 while nothing was written. */
export interface ItemNote {
  itemId: string;
  sessionId: string;
  kind: 'shared' | 'private';
  body: string;
  version: number;
  author: { id: string; displayName: string } | null;
  updatedAt: string | null;
}

export type RatingView =
  | { state: 'not_rated' }
  | { state: 'rated'; clarity: number | null; impressions: string | null; impressionsShared: boolean };

/** One ended 1on1 as history shows it. */
export interface HistoryEntry extends SessionSummary {
  agenda: AgendaItem[];
  memos: Memo[];
  /** Notes under the agenda items: shared ones, and for the manager their own private ones. */
  itemNotes: ItemNote[];
  rating: RatingView;
}

export interface CatalogEntry {
  id: string;
  label: LocalizedText;
  description: LocalizedText | null;
  retired: boolean;
}

export type CatalogKind = 'themes' | 'expectedResponses' | 'diceFaces';

export type Catalog = Record<CatalogKind, CatalogEntry[]>;

/** An active entry as an admin submits it; its place in the list is its order. */
export interface CatalogEntryInput {
  id: string;
  label: LocalizedText;
  description: LocalizedText | null;
}

export type CatalogUpdate = Partial<Record<CatalogKind, CatalogEntryInput[]>>;

export interface NewPair {
  managerId: string;
  memberId: string;
}

/** A pair's rhythm (api/src/domain/cadence.ts). */
export interface Cadence {
  rhythm: 'weekly' | 'biweekly' | 'monthly';
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local minutes after midnight, in `timeZone`. */
  minuteOfDay: number;
  durationMinutes: number;
  timeZone: string;
  /** Monthly only: 1–4, or 5 for the last such weekday of the month. */
  weekOfMonth: number | null;
}

export interface CadenceView {
  cadence: Cadence | null;
  next: { scheduledStart: string; scheduledEnd: string } | null;
}

export interface NewSession {
  scheduledStart: string;
  scheduledEnd: string;
}

/** How often the manager's response fitted what was hoped for, from the member's ratings. */
export interface FitCount {
  yes: number;
  ratings: number;
  assessment: 'strength' | 'weakness' | 'mixed' | 'not_enough_data';
}

/** The part of GET /pairs/:id/insights (manager only) that the agenda shows beside each item. */
export interface PairInsights {
  pairId: string;
  hints: Array<{
    expectedResponseId: string;
    label: LocalizedText;
    /** The manager's fit with everyone lately. */
    overall: FitCount;
    /** The manager's fit with this member. */
    withMember: FitCount;
    memberAskedTimes: number;
  }>;
}
