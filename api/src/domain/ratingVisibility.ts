import type { PairRole } from './pair.js';

export interface RatingFacts {
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
}

export type RatingView =
  | { state: 'not_rated' }
  | { state: 'rated'; clarity: number | null; impressions: string | null; impressionsShared: boolean };

/**
 * What each person sees of the member's rating of one 1on1. The member sees all of it. The manager
 * learns that it was rated, and reads the impressions only if the member chose to share them; the
 * score reaches the manager only through the aggregated feedback, never session by session.
 */
export function ratingViewFor(role: PairRole, rating: RatingFacts | undefined): RatingView {
  if (rating === undefined) return { state: 'not_rated' };
  if (role === 'member') {
    return {
      state: 'rated',
      clarity: rating.clarity,
      impressions: rating.impressions,
      impressionsShared: rating.shareImpressions,
    };
  }
  return {
    state: 'rated',
    clarity: null,
    impressions: rating.shareImpressions ? rating.impressions : null,
    impressionsShared: rating.shareImpressions,
  };
}
