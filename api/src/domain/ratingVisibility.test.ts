import { describe, expect, it } from 'vitest';
import { ratingViewFor } from './ratingVisibility.js';

describe('who sees what of a rating', () => {
  const private_ = { clarity: 2, impressions: 'felt rushed', shareImpressions: false };
  const shared = { clarity: 5, impressions: 'really helped', shareImpressions: true };

  it('shows the member everything they wrote', () => {
    expect(ratingViewFor('member', private_)).toEqual({
      state: 'rated',
      clarity: 2,
      impressions: 'felt rushed',
      impressionsShared: false,
    });
  });

  it('never shows the manager the score, and the impressions only when shared', () => {
    expect(ratingViewFor('manager', private_)).toEqual({
      state: 'rated',
      clarity: null,
      impressions: null,
      impressionsShared: false,
    });
    expect(ratingViewFor('manager', shared)).toEqual({
      state: 'rated',
      clarity: null,
      impressions: 'really helped',
      impressionsShared: true,
    });
  });

  it('says when nothing was rated', () => {
    expect(ratingViewFor('manager', undefined)).toEqual({ state: 'not_rated' });
  });
});
