import type { ApiRequest } from '../../api/client';
import type { RatingBody, RatingForm, SavedRating } from './types';

const seg = encodeURIComponent;

/** Rating endpoints, spread into the app's API client (api/endpoints.ts). */
export function ratingEndpoints(request: ApiRequest) {
  return {
    ratingForm: (sessionId: string, signal?: AbortSignal) =>
      request<RatingForm>(`/sessions/${seg(sessionId)}/rating`, { signal }),
    saveRating: (sessionId: string, body: RatingBody) =>
      request<SavedRating>(`/sessions/${seg(sessionId)}/rating`, { method: 'POST', body }),
  };
}
