import type { Fit } from './cards/models.js';
import type { RatingSubmission, ReminderItemSubmission } from './port.js';

/**
 * Card inputs arrive as strings keyed by input id. These turn them into typed submissions, naming
 * the input at fault; the product rules (ranges, windows, catalogs) are the api's to check.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string };

type Inputs = Record<string, unknown>;

const FITS: readonly Fit[] = ['yes', 'partly', 'no'];

function text(inputs: Inputs, key: string): string | null {
  const value = inputs[key];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function parseRatingInputs(inputs: Inputs): Parsed<RatingSubmission> {
  const clarityText = text(inputs, 'clarity');
  const clarity = clarityText === null ? Number.NaN : Number(clarityText);
  if (!Number.isInteger(clarity)) return { ok: false, field: 'clarity' };
  const fits: RatingSubmission['fits'] = [];
  for (const [key, value] of Object.entries(inputs)) {
    if (!key.startsWith('fit.') || value === '' || value === undefined) continue;
    const fit = FITS.find((candidate) => candidate === value);
    if (fit === undefined) return { ok: false, field: key };
    fits.push({ agendaItemId: key.slice('fit.'.length), fit });
  }
  return {
    ok: true,
    value: {
      clarity,
      impressions: text(inputs, 'impressions'),
      shareImpressions: text(inputs, 'shareImpressions') === 'true',
      fits,
    },
  };
}

export function parseReminderInputs(inputs: Inputs): Parsed<ReminderItemSubmission> {
  const themeId = text(inputs, 'themeId');
  if (themeId === null) return { ok: false, field: 'themeId' };
  const expectedResponseId = text(inputs, 'expectedResponseId');
  if (expectedResponseId === null) return { ok: false, field: 'expectedResponseId' };
  return {
    ok: true,
    value: {
      themeId,
      themeText: text(inputs, 'themeText'),
      expectedResponseId,
      detail: text(inputs, 'detail'),
    },
  };
}
