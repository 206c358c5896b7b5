import type { Catalog } from './catalog.js';
import { catalogLabel, FREE_TEXT_THEME_ID } from './catalog.js';
import { conflict, forbidden, invalid } from './errors.js';
import type { LocalizedText } from './localizedText.js';
import type { PairRole } from './pair.js';
import type { SessionStatus } from './session.js';
import { countCharacters, TEXT_LIMITS } from './textLimits.js';

export type AgendaStatus = 'open' | 'discussed' | 'carried_over';

export interface AgendaItem {
  id: string;
  sessionId: string;
  authorId: string;
  authorRole: PairRole;
  themeId: string | null;
  themeText: string | null;
  /** Null only for an item carried over from a next-topics memo, until the member chooses. */
  expectedResponseId: string | null;
  detail: string | null;
  position: number;
  status: AgendaStatus;
  carriedFromItemId: string | null;
  carriedFromMemoId: string | null;
  /** Which line of that next-topics memo (0-based); null when not carried from a memo. */
  carriedFromMemoLine: number | null;
  version: number;
}

export interface AgendaContent {
  themeId: string | null;
  themeText: string | null;
  expectedResponseId: string | null;
  detail: string | null;
}

export const THEME_TEXT_MAX = TEXT_LIMITS.agendaThemeText;
export const DETAIL_MAX = TEXT_LIMITS.agendaDetail;
export const AGENDA_ITEMS_MAX = 20;

/**
 * What an item's theme is called, in both languages: the author's own words when they wrote some
 * (the same in either language), else the catalog's label of the chosen theme (a theme since
 * retired keeps its label).
 */
export function agendaThemeLabel(
  item: Pick<AgendaItem, 'themeId' | 'themeText'>,
  catalog: Catalog,
): LocalizedText {
  if (item.themeText !== null && item.themeText.trim() !== '')
    return { ja: item.themeText, en: item.themeText };
  return item.themeId === null ? { ja: '', en: '' } : catalogLabel(catalog, 'themes', item.themeId);
}

const activeIds = (entries: Catalog[keyof Catalog]) =>
  new Set(entries.filter((e) => !e.retired).map((e) => e.id));

/**
 * What an agenda item must say: a theme from the catalog or written freely, and the response the
 * author hopes for. Retired catalog entries may stay on items that already use them, but new
 * choices must be active ones.
 */
export function validateAgendaContent(
  content: AgendaContent,
  catalog: Catalog,
  previous?: AgendaContent,
): AgendaContent {
  const themeText = content.themeText?.trim() || null;
  const detail = content.detail?.trim() || null;
  const themeId = content.themeId ?? (themeText === null ? null : FREE_TEXT_THEME_ID);
  if (themeId === null) throw invalid('themeId', 'choose a theme or write your own');
  if (themeId !== previous?.themeId && !activeIds(catalog.themes).has(themeId)) {
    throw invalid('themeId', 'is not a theme of this organisation');
  }
  if (themeId === FREE_TEXT_THEME_ID && themeText === null)
    throw invalid('themeText', 'write what you want to talk about');
  if (themeText !== null && countCharacters(themeText) > THEME_TEXT_MAX) {
    throw invalid('themeText', `must be at most ${THEME_TEXT_MAX} characters`);
  }
  if (detail !== null && countCharacters(detail) > DETAIL_MAX)
    throw invalid('detail', `must be at most ${DETAIL_MAX} characters`);
  const expected = content.expectedResponseId;
  if (expected === null) {
    if (previous === undefined) throw invalid('expectedResponseId', 'choose the response you hope for');
  } else if (
    expected !== previous?.expectedResponseId &&
    !activeIds(catalog.expectedResponses).has(expected)
  ) {
    throw invalid('expectedResponseId', 'is not an expected response of this organisation');
  }
  return { themeId, themeText, expectedResponseId: expected, detail };
}

/** Ended 1on1s are history: nothing on them changes any more. */
export function assertSessionOpen(status: SessionStatus): void {
  if (status === 'ended') throw conflict('this 1on1 has ended; its agenda is kept as history');
}

/**
 * Each person owns what they wrote: only the author changes an item's content or deletes it.
 * Walking the agenda (marking discussed, reordering) is done together, so either may do it.
 */
export function assertMayEditContent(item: Pick<AgendaItem, 'authorId'>, actorId: string): void {
  if (item.authorId !== actorId) throw forbidden('only the person who wrote this item can change it');
}

export function assertRoomForItem(items: readonly AgendaItem[]): void {
  if (items.length >= AGENDA_ITEMS_MAX)
    throw invalid('themeId', `an agenda holds at most ${AGENDA_ITEMS_MAX} items`);
}

/** The member's items come first — the 1on1 belongs to them — then the manager's, each in their own order. */
export function orderAgenda<T extends Pick<AgendaItem, 'authorRole' | 'position' | 'id'>>(
  items: readonly T[],
): T[] {
  const rank = (item: T) => (item.authorRole === 'member' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.id.localeCompare(b.id));
}

export function nextPosition(
  items: readonly Pick<AgendaItem, 'authorRole' | 'position'>[],
  role: PairRole,
): number {
  const own = items.filter((item) => item.authorRole === role).map((item) => item.position);
  return own.length === 0 ? 0 : Math.max(...own) + 1;
}

/** Optimistic concurrency: a write names the version it saw; a different current version is a conflict. */
export function assertVersion<T extends { version: number }>(current: T, expected: number): void {
  if (current.version !== expected) {
    throw conflict('someone changed this in the meantime; here is the current version', current);
  }
}
