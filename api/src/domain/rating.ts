import type { AgendaItem } from './agenda.js';
import { conflict, forbidden, invalid } from './errors.js';
import type { PairRole } from './pair.js';
import type { SessionStatus } from './session.js';
import { countCharacters, TEXT_LIMITS } from './textLimits.js';

/**
 * The member's rating of a 1on1: すっきり度 (how cleared-up they feel, 0 to 5), impressions they
 * may share with the manager, and for each of their agenda items whether the response fit what
 * they hoped for. It is the data behind the manager's engagement feedback.
 */
export type Fit = 'yes' | 'partly' | 'no';

export const FITS: readonly Fit[] = ['yes', 'partly', 'no'];
export const CLARITY_MIN = 0;
export const CLARITY_MAX = 5;
export const IMPRESSIONS_MAX = TEXT_LIMITS.ratingImpressions;
/** How long after the first submission the member may still change their rating. */
export const RATING_EDIT_WINDOW_DAYS = 7;

const DAY_MS = 24 * 60 * 60_000;

export interface RatingInput {
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: ReadonlyArray<{ agendaItemId: string; fit: Fit }>;
}

export interface RatingFit {
  agendaItemId: string;
  /** The response the member hoped for when they rated, kept so later catalog or agenda edits cannot rewrite history. */
  expectedResponseId: string;
  fit: Fit;
}

export interface Rating {
  sessionId: string;
  memberId: string;
  managerId: string;
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: RatingFit[];
  submittedAt: Date;
  updatedAt: Date;
}

/** Only the member rates: it is their view of how well the manager engaged. */
export function assertMayRate(role: PairRole): void {
  if (role !== 'member') throw forbidden('only the member of the pair rates a 1on1');
}

/** A 1on1 is rated once it has ended. */
export function assertRateable(status: SessionStatus): void {
  if (status !== 'ended') throw conflict('a 1on1 can be rated once it has ended');
}

/** The items a member rates: their own, with a hoped-for response to compare the manager's with. */
export function rateableItems<T extends Pick<AgendaItem, 'authorRole' | 'expectedResponseId'>>(
  items: readonly T[],
): T[] {
  return items.filter((item) => item.authorRole === 'member' && item.expectedResponseId !== null);
}

export function editableUntil(rating: Pick<Rating, 'submittedAt'>): Date {
  return new Date(rating.submittedAt.getTime() + RATING_EDIT_WINDOW_DAYS * DAY_MS);
}

export function isEditable(rating: Pick<Rating, 'submittedAt'>, now: Date): boolean {
  return now.getTime() <= editableUntil(rating).getTime();
}

export interface RatingContent {
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: RatingFit[];
}

/** Checks a submission against the session's items and returns what would be stored. */
export function validateRating(input: RatingInput, items: readonly AgendaItem[]): RatingContent {
  if (!Number.isInteger(input.clarity) || input.clarity < CLARITY_MIN || input.clarity > CLARITY_MAX) {
    throw invalid('clarity', `must be a whole number from ${CLARITY_MIN} to ${CLARITY_MAX}`);
  }
  const impressions = input.impressions?.trim() || null;
  if (impressions !== null && countCharacters(impressions) > IMPRESSIONS_MAX) {
    throw invalid('impressions', `must be at most ${IMPRESSIONS_MAX} characters`);
  }
  const rateable = new Map(rateableItems(items).map((item) => [item.id, item]));
  const seen = new Set<string>();
  const fits = input.fits.map((entry, index): RatingFit => {
    const field = `fits.${index}.agendaItemId`;
    if (seen.has(entry.agendaItemId)) throw invalid(field, 'appears twice');
    seen.add(entry.agendaItemId);
    const item = rateable.get(entry.agendaItemId);
    if (item === undefined || item.expectedResponseId === null) {
      throw invalid(field, 'is not one of your agenda items with a hoped-for response in this 1on1');
    }
    if (!FITS.includes(entry.fit)) throw invalid(`fits.${index}.fit`, 'must be yes, partly or no');
    return { agendaItemId: item.id, expectedResponseId: item.expectedResponseId, fit: entry.fit };
  });
  fits.sort((a, b) => a.agendaItemId.localeCompare(b.agendaItemId));
  // Impressions that are not written cannot be shared; keep the flag honest.
  return {
    clarity: input.clarity,
    impressions,
    shareImpressions: impressions !== null && input.shareImpressions,
    fits,
  };
}

function sameContent(a: RatingContent, b: RatingContent): boolean {
  return (
    a.clarity === b.clarity &&
    a.impressions === b.impressions &&
    a.shareImpressions === b.shareImpressions &&
    a.fits.length === b.fits.length &&
    a.fits.every((fit, index) => {
      const other = b.fits[index];
      return other !== undefined && other.agendaItemId === fit.agendaItemId && other.fit === fit.fit;
    })
  );
}

export type RatingDecision =
  | { action: 'create' | 'update'; content: RatingContent }
  | { action: 'unchanged' };

/**
 * What a submission does: the first one creates the rating; sending the same answer again changes
 * nothing (a card clicked twice, a retried request); a different answer updates it while the
 * 7-day window is open and is refused after.
 */
export function decideRating(
  existing: Rating | null,
  input: RatingInput,
  items: readonly AgendaItem[],
  now: Date,
): RatingDecision {
  const content = validateRating(input, items);
  if (existing === null) return { action: 'create', content };
  const sorted = {
    ...existing,
    fits: [...existing.fits].sort((a, b) => a.agendaItemId.localeCompare(b.agendaItemId)),
  };
  if (sameContent(sorted, content)) return { action: 'unchanged' };
  if (!isEditable(existing, now)) {
    throw conflict(`a rating can be changed for ${RATING_EDIT_WINDOW_DAYS} days after it was sent`, {
      clarity: existing.clarity,
      submittedAt: existing.submittedAt.toISOString(),
    });
  }
  return { action: 'update', content };
}
