import { describe, expect, it } from 'vitest';
import { isOwnPreparation, isPrepared, type PreparationFacts, preparedItemCount } from './preparation.js';

const item = (overrides: Partial<PreparationFacts> = {}): PreparationFacts => ({
  authorRole: 'member',
  carriedFromItemId: null,
  carriedFromMemoId: null,
  ...overrides,
});

describe('prepared: an item the member added for this 1on1, not carried over', () => {
  it.each([
    ['the member’s own item', item(), true],
    ['the manager’s item', item({ authorRole: 'manager' }), false],
    ['an open item carried over from the last 1on1', item({ carriedFromItemId: 'old' }), false],
    ['a next-topics line carried over', item({ carriedFromMemoId: 'memo' }), false],
    ['the manager’s carried item', item({ authorRole: 'manager', carriedFromItemId: 'old' }), false],
  ])('%s counts: %s', (_, facts, counts) => {
    expect(isOwnPreparation(facts)).toBe(counts);
  });

  it('an empty agenda, or one with only carried and manager items, is not prepared', () => {
    expect(isPrepared([])).toBe(false);
    expect(isPrepared([item({ carriedFromItemId: 'a' }), item({ authorRole: 'manager' })])).toBe(false);
    expect(preparedItemCount([item({ carriedFromMemoId: 'm' })])).toBe(0);
  });

  it('one own item among carried ones is enough, and only own items are counted', () => {
    const agenda = [item({ carriedFromItemId: 'a' }), item(), item(), item({ authorRole: 'manager' })];
    expect(isPrepared(agenda)).toBe(true);
    expect(preparedItemCount(agenda)).toBe(2);
  });
});
