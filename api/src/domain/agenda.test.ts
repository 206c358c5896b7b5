import { describe, expect, it } from 'vitest';
import {
  agendaThemeLabel,
  assertMayEditContent,
  assertSessionOpen,
  orderAgenda,
  validateAgendaContent,
} from './agenda.js';
import { DEFAULT_CATALOG, replaceCatalogEntries } from './catalog.js';
import { DomainError } from './errors.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field ?? error.kind;
  }
  return undefined;
}

describe('agenda content', () => {
  const base = { themeId: 'career', themeText: null, expectedResponseId: 'listen', detail: null };

  it('accepts a catalog theme with an expected response', () => {
    expect(validateAgendaContent(base, DEFAULT_CATALOG)).toEqual(base);
  });

  it('treats free text as the "other" theme', () => {
    expect(
      validateAgendaContent({ ...base, themeId: null, themeText: ' 異動について ' }, DEFAULT_CATALOG),
    ).toMatchObject({
      themeId: 'other',
      themeText: '異動について',
    });
  });

  it.each([
    [{ themeId: null, themeText: null }, 'themeId'],
    [{ themeId: 'astrology' }, 'themeId'],
    [{ themeId: 'other', themeText: '  ' }, 'themeText'],
    [{ themeText: 'x'.repeat(201) }, 'themeText'],
    [{ detail: 'x'.repeat(2001) }, 'detail'],
    [{ expectedResponseId: 'ignore' }, 'expectedResponseId'],
    [{ expectedResponseId: null }, 'expectedResponseId'],
  ])('refuses %j naming %s', (change, field) => {
    expect(fieldOf(() => validateAgendaContent({ ...base, ...change }, DEFAULT_CATALOG))).toBe(field);
  });

  it('keeps a retired choice an item already had, but offers it to nobody new', () => {
    const catalog = {
      ...DEFAULT_CATALOG,
      expectedResponses: replaceCatalogEntries(
        'expectedResponses',
        DEFAULT_CATALOG.expectedResponses,
        DEFAULT_CATALOG.expectedResponses.filter((entry) => entry.id !== 'listen'),
      ),
    };
    expect(() => validateAgendaContent({ ...base, detail: 'more' }, catalog, base)).not.toThrow();
    expect(fieldOf(() => validateAgendaContent(base, catalog))).toBe('expectedResponseId');
  });
});

describe('agenda theme label', () => {
  it("is the author's own words in both languages when they wrote some", () => {
    expect(agendaThemeLabel({ themeId: 'other', themeText: '在宅勤務' }, DEFAULT_CATALOG)).toEqual({
      ja: '在宅勤務',
      en: '在宅勤務',
    });
  });

  it("is the catalog's label of the theme otherwise, and an unknown id stands for itself", () => {
    expect(agendaThemeLabel({ themeId: 'career', themeText: null }, DEFAULT_CATALOG)).toEqual(
      DEFAULT_CATALOG.themes.find((entry) => entry.id === 'career')?.label,
    );
    expect(agendaThemeLabel({ themeId: 'career', themeText: '  ' }, DEFAULT_CATALOG).en).not.toBe('  ');
    expect(agendaThemeLabel({ themeId: 'gone', themeText: null }, DEFAULT_CATALOG)).toEqual({
      ja: 'gone',
      en: 'gone',
    });
  });
});

describe('agenda rules', () => {
  it("lets only the author change an item's content", () => {
    expect(() => assertMayEditContent({ authorId: 'member' }, 'member')).not.toThrow();
    expect(fieldOf(() => assertMayEditContent({ authorId: 'member' }, 'manager'))).toBe('forbidden');
    expect(fieldOf(() => assertMayEditContent({ authorId: 'manager' }, 'member'))).toBe('forbidden');
  });

  it('keeps ended sessions as history', () => {
    expect(fieldOf(() => assertSessionOpen('ended'))).toBe('conflict');
    expect(() => assertSessionOpen('live')).not.toThrow();
  });

  it("lists the member's items first", () => {
    const items = [
      { id: 'a', authorRole: 'manager' as const, position: 0 },
      { id: 'b', authorRole: 'member' as const, position: 1 },
      { id: 'c', authorRole: 'member' as const, position: 0 },
    ];
    expect(orderAgenda(items).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });
});
