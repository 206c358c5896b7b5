import { describe, expect, it } from 'vitest';
import { catalogLabel, DEFAULT_CATALOG, replaceCatalogEntries } from './catalog.js';
import type { DomainError } from './errors.js';

const input = (id: string) => ({ id, label: { ja: `${id}（日本語）`, en: id }, description: null });

describe('catalog administration', () => {
  it('retires entries left out instead of deleting them, and keeps their labels', () => {
    const next = replaceCatalogEntries('diceFaces', DEFAULT_CATALOG.diceFaces, [
      input('pets'),
      input('good_news'),
    ]);
    expect(next.filter((entry) => !entry.retired).map((entry) => entry.id)).toEqual(['pets', 'good_news']);
    const retired = next.filter((entry) => entry.retired).map((entry) => entry.id);
    expect(retired).toEqual(['recharge', 'small_failure', 'recent_find', 'thanks', 'weekend']);
    expect(catalogLabel({ ...DEFAULT_CATALOG, diceFaces: next }, 'diceFaces', 'weekend')).toEqual({
      ja: '次の休みにしたいこと',
      en: 'What you want to do on your next day off',
    });
  });

  it('brings a retired entry back when it is listed again', () => {
    const retired = replaceCatalogEntries('themes', DEFAULT_CATALOG.themes, [input('other')]);
    const back = replaceCatalogEntries('themes', retired, [input('other'), input('career')]);
    expect(back.find((entry) => entry.id === 'career')?.retired).toBe(false);
  });

  it.each([
    ['themes', [input('career')], 'themes'],
    ['diceFaces', [input('one')], 'diceFaces'],
    ['themes', [input('other'), input('other')], 'themes.1.id'],
    [
      'themes',
      [input('other'), { id: 'x', label: { ja: '', en: 'X' }, description: null }],
      'themes.1.label.ja',
    ],
  ] as const)('refuses a %s list that breaks a rule (%#)', (kind, submitted, field) => {
    try {
      replaceCatalogEntries(kind, DEFAULT_CATALOG[kind], submitted);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).field).toBe(field);
    }
  });
});
