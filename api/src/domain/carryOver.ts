import type { AgendaItem } from './agenda.js';
import { orderAgenda, THEME_TEXT_MAX } from './agenda.js';
import { firstCharacters } from './textLimits.js';

export interface NextTopicsMemo {
  id: string;
  authorId: string;
  body: string;
}

export interface CarriedItemDraft {
  authorId: string;
  authorRole: AgendaItem['authorRole'];
  themeId: string | null;
  themeText: string | null;
  expectedResponseId: string | null;
  detail: string | null;
  carriedFromItemId: string | null;
  carriedFromMemoId: string | null;
  /** Which line of the memo (0-based); null when the item is not from a memo. */
  carriedFromMemoLine: number | null;
}

/** A memo of more lines than this carries its first lines as items and the rest in the last one. */
export const NEXT_TOPICS_MAX_ITEMS = 20;

/**
 * What moves from an ended 1on1 to the next: every item not discussed, in agenda order, and each
 * line of the next-topics memo as an item of its own. The pair writes that memo together, but it
 * has one author — the person who started it — and its lines are credited to them (the member's
 * or the manager's side of the agenda). Anything already carried into the target is left out, so
 * running it twice adds nothing.
 */
export function planCarryOver(
  ended: { items: readonly AgendaItem[]; nextTopics: NextTopicsMemo | null; memberId: string },
  target: {
    items: readonly Pick<AgendaItem, 'carriedFromItemId' | 'carriedFromMemoId' | 'carriedFromMemoLine'>[];
  },
): CarriedItemDraft[] {
  const carriedItems = new Set(
    target.items.map((item) => item.carriedFromItemId).filter((id) => id !== null),
  );
  const carriedMemoLines = new Set(
    target.items.flatMap((item) =>
      item.carriedFromMemoId === null ? [] : [`${item.carriedFromMemoId}:${item.carriedFromMemoLine ?? 0}`],
    ),
  );

  const drafts: CarriedItemDraft[] = orderAgenda(ended.items)
    .filter((item) => item.status !== 'discussed' && !carriedItems.has(item.id))
    .map((item) => ({
      authorId: item.authorId,
      authorRole: item.authorRole,
      themeId: item.themeId,
      themeText: item.themeText,
      expectedResponseId: item.expectedResponseId,
      detail: item.detail,
      // Carry the original, so an item carried twice still points at where it was first raised.
      carriedFromItemId: item.id,
      carriedFromMemoId: null,
      carriedFromMemoLine: null,
    }));

  const memo = ended.nextTopics;
  if (memo === null) return drafts;
  const authorRole = memo.authorId === ended.memberId ? 'member' : 'manager';
  nextTopicLines(memo.body).forEach((line, index) => {
    if (carriedMemoLines.has(`${memo.id}:${index}`)) return;
    const themeText = firstCharacters(line, THEME_TEXT_MAX);
    drafts.push({
      authorId: memo.authorId,
      authorRole,
      themeId: 'other',
      themeText,
      expectedResponseId: null,
      detail: line === themeText ? null : line,
      carriedFromItemId: null,
      carriedFromMemoId: memo.id,
      carriedFromMemoLine: index,
    });
  });
  return drafts;
}

/**
 * The topics of a next-topics memo, one a line, blank lines skipped. Past the item limit, the
 * remaining lines stay together in the last topic so no word is dropped.
 */
export function nextTopicLines(body: string): string[] {
  const lines = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length <= NEXT_TOPICS_MAX_ITEMS) return lines;
  return [...lines.slice(0, NEXT_TOPICS_MAX_ITEMS - 1), lines.slice(NEXT_TOPICS_MAX_ITEMS - 1).join('\n')];
}
