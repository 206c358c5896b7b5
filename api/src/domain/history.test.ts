import { describe, expect, it } from 'vitest';
import { matchesQuery, queryTerms } from './history.js';

describe('history search', () => {
  const texts = ['キャリアの相談', 'Q3 roadmap review', '来週までにＡＰＩ設計'];

  it('finds every word anywhere, in any case and width', () => {
    expect(matchesQuery(texts, queryTerms('roadmap キャリア'))).toBe(true);
    expect(matchesQuery(texts, queryTerms('api設計'))).toBe(true);
    expect(matchesQuery(texts, queryTerms('ROADMAP　相談'))).toBe(true);
  });

  it('needs all words', () => {
    expect(matchesQuery(texts, queryTerms('roadmap 休暇'))).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(queryTerms('  　 ')).toEqual([]);
    expect(matchesQuery([], [])).toBe(true);
  });
});
