import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAgendaContent } from './agenda.js';
import { DEFAULT_CATALOG } from './catalog.js';
import { validateMemoBody } from './memo.js';
import { countCharacters, firstCharacters, fitsLimit, requestMaxLength, TEXT_LIMITS } from './textLimits.js';

describe('text limits', () => {
  it('count code points: a kanji, a kana and an emoji are one character each', () => {
    expect(countCharacters('次回のテーマ')).toBe(6);
    expect(countCharacters('🎉')).toBe(1);
    expect('🎉'.length).toBe(2);
    expect(countCharacters('é')).toBe(1);
    // A family emoji is several code points joined: it counts as several, as JSON Schema counts it.
    expect(countCharacters('👨‍👩‍👧')).toBe(5);
  });

  it('trim before counting, as the server stores the text', () => {
    expect(fitsLimit(`  ${'あ'.repeat(10)}\n`, 10)).toBe(true);
    expect(fitsLimit('あ'.repeat(11), 10)).toBe(false);
    expect(requestMaxLength(TEXT_LIMITS.memoBody)).toBeGreaterThan(TEXT_LIMITS.memoBody);
  });

  it('cut text without splitting a character in two', () => {
    expect(firstCharacters('🎉🎉🎉', 2)).toBe('🎉🎉');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(50), (text, max) => {
        const cut = firstCharacters(text, max);
        return text.startsWith(cut) && countCharacters(cut) === Math.min(max, countCharacters(text));
      }),
    );
  });

  it('let a memo of 4,000 emoji through and refuse one more, whatever UTF-16 says', () => {
    const full = '😀'.repeat(TEXT_LIMITS.memoBody);
    expect(validateMemoBody('shared', full)).toBe(full);
    expect(() => validateMemoBody('shared', `${full}😀`)).toThrow(/at most 4000 characters/);
  });

  it('hold for agenda text in Japanese', () => {
    const content = {
      themeId: 'other',
      themeText: 'テ'.repeat(TEXT_LIMITS.agendaThemeText),
      expectedResponseId: 'listen',
      detail: '詳'.repeat(TEXT_LIMITS.agendaDetail),
    };
    expect(validateAgendaContent(content, DEFAULT_CATALOG).themeText).toHaveLength(200);
    expect(() =>
      validateAgendaContent({ ...content, detail: `${content.detail}詳` }, DEFAULT_CATALOG),
    ).toThrow(/at most 2000/);
  });
});
