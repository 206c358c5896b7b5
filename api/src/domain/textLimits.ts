/**
 * How long each text a person writes may be. The server refuses longer text and the tab shows the
 * same limits as people type (it imports this file at build time), so both count alike.
 *
 * This file imports nothing on purpose: it is shared with the tab as it is, and can move into a
 * shared contract package unchanged.
 *
 * "Characters" are Unicode code points, after surrounding whitespace is trimmed: a kana, a kanji
 * and most emoji count as one each (an emoji built of several code points, such as a family or a
 * flag, counts as several). That is also how JSON Schema's `maxLength` counts, so the request
 * schemas and the domain rules agree.
 */
export const TEXT_LIMITS = {
  /** A shared memo, the manager's private memo, the next-topics memo. */
  memoBody: 4000,
  /** An agenda item's theme written in the member's own words. */
  agendaThemeText: 200,
  /** An agenda item's details. */
  agendaDetail: 2000,
  /** An action item: who does what (the "by when" is a separate date). */
  actionItemText: 300,
  /** The member's impressions in a rating. */
  ratingImpressions: 2000,
  /** A catalog entry's name, per language. */
  catalogLabel: 100,
  /** A catalog entry's description, per language. */
  catalogDescription: 300,
  /** Each text of a 1on1 summary's item: what was said, decisions, action items. */
  summaryText: 2000,
  /** What a person searches a pair's history for. */
  historySearch: 200,
} as const;

export type TextLimitName = keyof typeof TEXT_LIMITS;

/**
 * Request schemas allow this many characters beyond a limit, so whitespace around a text is
 * trimmed before the rule counts, and the caller hears the rule's own message for a text that is
 * too long rather than a schema error.
 */
export const SURROUNDING_WHITESPACE_ALLOWANCE = 200;

/** The `maxLength` of a request field that holds text of `limit` characters. */
export function requestMaxLength(limit: number): number {
  return limit + SURROUNDING_WHITESPACE_ALLOWANCE;
}

/** Unicode code points, the unit every text limit counts in. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Whether `text`, trimmed as it will be stored, fits within `limit` characters. */
export function fitsLimit(text: string, limit: number): boolean {
  return countCharacters(text.trim()) <= limit;
}

/** The first `max` characters of `text`, never splitting a character in two. */
export function firstCharacters(text: string, max: number): string {
  let result = '';
  let count = 0;
  for (const character of text) {
    if (count === max) break;
    result += character;
    count += 1;
  }
  return result;
}
