import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../api/types';
import { draftFromCatalog, fieldErrors, newEntryId, toCatalogUpdate, withinLimits } from './catalogDraft';

const catalog: Catalog = {
  themes: [
    { id: 'work', label: { ja: '業務', en: 'Work' }, description: { ja: '仕事', en: 'Job' }, retired: false },
    { id: 'other', label: { ja: 'その他', en: 'Other' }, description: null, retired: false },
    { id: 'old', label: { ja: '古い', en: 'Old' }, description: null, retired: true },
  ],
  expectedResponses: [
    { id: 'listen', label: { ja: '聞いて', en: 'Listen' }, description: null, retired: false },
  ],
  diceFaces: [{ id: 'good', label: { ja: 'いいこと', en: 'Good' }, description: null, retired: false }],
};

describe('newEntryId', () => {
  it('slugs the English label and keeps ids unique', () => {
    expect(newEntryId('Team retro & goals!', new Set())).toBe('team_retro_goals');
    expect(newEntryId('Work', new Set(['work', 'work_2']))).toBe('work_3');
    expect(newEntryId('日本語だけ', new Set())).toBe('entry');
    expect(newEntryId('Café time', new Set())).toBe('cafe_time');
  });
});

describe('toCatalogUpdate', () => {
  it('sends active entries in order, leaves retired ones out and names new ones', () => {
    const draft = draftFromCatalog(catalog);
    draft.themes.reverse();
    draft.themes.push({
      key: 'new-1',
      id: null,
      label: { ja: ' 勉強会 ', en: 'Old' },
      description: { ja: '', en: ' ' },
      retired: false,
    });
    const expected = draft.expectedResponses[0];
    if (expected) expected.retired = true;
    const { update, ids } = toCatalogUpdate(draft);
    // "old" is taken by the retired theme, so the new one must not revive it.
    expect(ids).toEqual({ 'new-1': 'old_2' });
    expect(update.themes).toEqual([
      { id: 'other', label: { ja: 'その他', en: 'Other' }, description: null },
      { id: 'work', label: { ja: '業務', en: 'Work' }, description: { ja: '仕事', en: 'Job' } },
      { id: 'old_2', label: { ja: '勉強会', en: 'Old' }, description: null },
    ]);
    expect(update.expectedResponses).toEqual([]);
    expect(update.diceFaces).toEqual([
      { id: 'good', label: { ja: 'いいこと', en: 'Good' }, description: null },
    ]);
  });

  it('keeps a half-written description so the server can name the missing language', () => {
    const draft = draftFromCatalog(catalog);
    const work = draft.themes[0];
    if (work) work.description = { ja: '仕事の話', en: '' };
    expect(toCatalogUpdate(draft).update.themes?.[0]?.description).toEqual({ ja: '仕事の話', en: '' });
  });
});

describe('fieldErrors', () => {
  it('keys errors by editor position without the body prefix, first message wins', () => {
    const map = fieldErrors([
      { field: 'body.themes.2.label.en', message: 'must not be empty' },
      { field: 'body.themes.2.label.en', message: 'second' },
      { field: 'themes', message: 'must keep "other"' },
    ]);
    expect(map.get('themes.2.label.en')).toBe('must not be empty');
    expect(map.get('themes')).toBe('must keep "other"');
    expect(fieldErrors(undefined).size).toBe(0);
  });
});

describe('withinLimits', () => {
  it('holds the save back while an active entry is longer than the server allows, retired ones aside', () => {
    const draft = draftFromCatalog(catalog);
    expect(withinLimits(draft)).toBe(true);
    const long = {
      ...draft,
      themes: draft.themes.map((e) =>
        e.id === 'work' ? { ...e, label: { ja: '長'.repeat(101), en: 'Work' } } : e,
      ),
    };
    expect(withinLimits(long)).toBe(false);
    const retiredLong = {
      ...draft,
      themes: draft.themes.map((e) =>
        e.id === 'old' ? { ...e, label: { ja: '長'.repeat(101), en: 'Old' } } : e,
      ),
    };
    expect(withinLimits(retiredLong)).toBe(true);
  });
});
