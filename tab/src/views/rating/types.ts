import type { RequestBodyOf, ResponseOf } from '../../api/contract';

/** GET /sessions/:id/rating (api/src/http/routes/rating.ts), from the contract. */
export type RatingForm = ResponseOf<'/api/v1/sessions/{sessionId}/rating'>;
export type SavedRating = NonNullable<RatingForm['rating']>;
export type Fit = SavedRating['fits'][number]['fit'];
export type RatingBody = RequestBodyOf<'/api/v1/sessions/{sessionId}/rating', 'post'>;

/** What the member has entered and not sent yet; kept per person and 1on1 across reloads. */
export interface RatingDraft {
  clarity: number | null;
  fits: Record<string, Fit>;
  impressions: string;
  share: boolean;
}
