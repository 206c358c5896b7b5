import type { AgendaItem } from './agenda.js';

/** What "prepared" looks at of an agenda item. */
export type PreparationFacts = Pick<AgendaItem, 'authorRole' | 'carriedFromItemId' | 'carriedFromMemoId'>;

/**
 * The one definition of preparation, used by the tab (GET /sessions/:id), the bot's cards and the
 * admin analytics alike: an item the MEMBER put on this 1on1's agenda themselves. Items carried over
 * from an earlier 1on1 (an open item, or a line of the next-topics memo) arrive by themselves and are
 * not preparation; nor is anything the manager adds.
 *
 * The analytics rollup computes the same thing in SQL (`data/repositories/analytics.ts`, the
 * `prepared` column of `insight_due`); `analytics.test.ts` checks both agree on the same rows.
 */
export function isOwnPreparation(item: PreparationFacts): boolean {
  return item.authorRole === 'member' && item.carriedFromItemId === null && item.carriedFromMemoId === null;
}

/** How many items the member prepared for the 1on1. */
export function preparedItemCount(items: readonly PreparationFacts[]): number {
  return items.filter(isOwnPreparation).length;
}

/** Whether the member prepared the 1on1: at least one item of their own. */
export function isPrepared(items: readonly PreparationFacts[]): boolean {
  return items.some(isOwnPreparation);
}
