import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda.js';
import { DomainError } from './errors.js';
import { decideRating, editableUntil, type Rating, rateableItems, validateRating } from './rating.js';

const item = (id: string, overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  sessionId: 's',
  authorId: 'member',
  authorRole: 'member',
  themeId: 'career',
  themeText: null,
  expectedResponseId: 'listen',
  detail: null,
  position: 0,
  status: 'discussed',
  carriedFromItemId: null,
  carriedFromMemoId: null,
  carriedFromMemoLine: null,
  version: 1,
  ...overrides,
});
const items = [
  item('a'),
  item('b', { expectedResponseId: 'advice' }),
  item('m', { authorRole: 'manager' }),
  item('c', { expectedResponseId: null }),
];
const at = (iso: string) => new Date(iso);
const input = {
  clarity: 3,
  impressions: null,
  shareImpressions: false,
  fits: [{ agendaItemId: 'a', fit: 'yes' as const }],
};

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.field ?? error.kind;
  }
  return undefined;
}

describe('rating rules', () => {
  it('rates only the member’s items that say what response they hoped for', () => {
    expect(rateableItems(items).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('stores each fit with the response the member hoped for', () => {
    const content = validateRating({ ...input, fits: [{ agendaItemId: 'b', fit: 'no' }] }, items);
    expect(content.fits).toEqual([{ agendaItemId: 'b', expectedResponseId: 'advice', fit: 'no' }]);
  });

  it('accepts すっきり度 0 to 5 only, as whole numbers', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (clarity) => {
        const ok = Number.isInteger(clarity) && clarity >= 0 && clarity <= 5;
        expect(fieldOf(() => validateRating({ ...input, clarity }, items)) === undefined).toBe(ok);
      }),
    );
  });

  it('names the fit that is not one of the member’s items', () => {
    expect(
      fieldOf(() => validateRating({ ...input, fits: [{ agendaItemId: 'm', fit: 'yes' }] }, items)),
    ).toBe('fits.0.agendaItemId');
    expect(
      fieldOf(() => validateRating({ ...input, fits: [{ agendaItemId: 'c', fit: 'yes' }] }, items)),
    ).toBe('fits.0.agendaItemId');
  });

  it('does not share impressions that were never written', () => {
    expect(
      validateRating({ ...input, shareImpressions: true, impressions: '  ' }, items).shareImpressions,
    ).toBe(false);
  });

  it('treats the same answer twice as nothing new, and allows changes for 7 days only', () => {
    const content = validateRating(input, items);
    const existing: Rating = {
      sessionId: 's',
      memberId: 'member',
      managerId: 'manager',
      ...content,
      submittedAt: at('2026-12-01T02:00:00Z'),
      updatedAt: at('2026-12-01T02:00:00Z'),
    };
    expect(decideRating(null, input, items, at('2026-12-01T02:00:00Z')).action).toBe('create');
    expect(decideRating(existing, input, items, at('2026-12-20T00:00:00Z')).action).toBe('unchanged');
    expect(decideRating(existing, { ...input, clarity: 5 }, items, at('2026-12-08T01:59:00Z')).action).toBe(
      'update',
    );
    expect(
      fieldOf(() => decideRating(existing, { ...input, clarity: 5 }, items, at('2026-12-08T02:01:00Z'))),
    ).toBe('conflict');
    expect(editableUntil(existing).toISOString()).toBe('2026-12-08T02:00:00.000Z');
  });
});
