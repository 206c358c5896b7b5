import type { LocalizedText } from '../../api/types';

export type Fit = 'yes' | 'partly' | 'no';

/** GET /sessions/:id/rating (api/src/http/routes/rating.ts). */
export interface RatingForm {
  sessionId: string;
  scheduledStart: string;
  managerName: string;
  items: Array<{
    agendaItemId: string;
    theme: LocalizedText;
    expectedResponse: LocalizedText | null;
    detail: string | null;
  }>;
  rating: SavedRating | null;
  managerSees: { state: 'not_rated' | 'rated'; impressions: string | null };
}

export interface SavedRating {
  sessionId: string;
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: Array<{ agendaItemId: string; expectedResponseId: string; fit: Fit }>;
  submittedAt: string;
  updatedAt: string;
  editableUntil: string;
  editable: boolean;
}

export interface RatingBody {
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: Array<{ agendaItemId: string; fit: Fit }>;
}

/** What the member has entered and not sent yet; kept per person and 1on1 across reloads. */
export interface RatingDraft {
  clarity: number | null;
  fits: Record<string, Fit>;
  impressions: string;
  share: boolean;
}
