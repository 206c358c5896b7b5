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
}

/**
 * What moves from an ended 1on1 to the next: every item not discussed, in agenda order, and the
 * next-topics memo as one item of the member's. Anything already carried into the target is left
 * out, so running it twice adds nothing.
 */
export function planCarryOver(
  ended: { items: readonly AgendaItem[]; nextTopics: NextTopicsMemo | null; memberId: string },
  target: { items: readonly Pick<AgendaItem, 'carriedFromItemId' | 'carriedFromMemoId'>[] },
): CarriedItemDraft[] {
  const carriedItems = new Set(
    target.items.map((item) => item.carriedFromItemId).filter((id) => id !== null),
  );
  const carriedMemos = new Set(
    target.items.map((item) => item.carriedFromMemoId).filter((id) => id !== null),
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
    }));

  const memo = ended.nextTopics;
  const body = memo?.body.trim() ?? '';
  if (memo !== null && body !== '' && !carriedMemos.has(memo.id)) {
    const [firstLine = body] = body.split('\n');
    const themeText = firstCharacters(firstLine.trim(), THEME_TEXT_MAX);
    drafts.push({
      authorId: ended.memberId,
      authorRole: 'member',
      themeId: 'other',
      themeText,
      expectedResponseId: null,
      detail: body === themeText ? null : body,
      carriedFromItemId: null,
      carriedFromMemoId: memo.id,
    });
  }
  return drafts;
}
