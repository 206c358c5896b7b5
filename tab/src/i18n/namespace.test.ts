import { describe, expect, it, vi } from 'vitest';
import { defineNamespace, loadLocale, translator } from './namespace';

const en = { greet: 'Hello, {name}', bye: 'Goodbye', count: '{count} of {total}' } as const;
const ja = { greet: '{name}さん、こんにちは', bye: 'さようなら', count: '{total}件中{count}件' } as const;
const loadEn = async () => en;

// Never called: `tsc -p tab` checks that each line below the markers fails to compile (a marker
// with nothing to expect is itself an error), which is what keeps the two languages in step.
function compileTimeChecks() {
  // @ts-expect-error Japanese lacks a key
  defineNamespace({ greet: '{name}さん', bye: 'さようなら' } as const, loadEn);
  // @ts-expect-error Japanese has a key English lacks
  defineNamespace({ ...ja, extra: 'おまけ' } as const, loadEn);
  // @ts-expect-error Japanese renames a placeholder
  defineNamespace({ ...ja, greet: '{who}さん、こんにちは' } as const, loadEn);
  // @ts-expect-error Japanese drops a placeholder
  defineNamespace({ ...ja, count: '{total}件' } as const, loadEn);

  const t = translator(ja);
  // @ts-expect-error a message with placeholders needs them
  t('greet');
  // @ts-expect-error every placeholder of the message
  t('count', { count: 1 });
  // @ts-expect-error a message without placeholders takes no params
  t('bye', { name: 'x' });
  // @ts-expect-error no such key
  t('hello');
}
void compileTimeChecks;

describe('a namespace', () => {
  it('has Japanese at once and fetches English once, the first time it is asked for', async () => {
    const loadEnglish = vi.fn(loadEn);
    const namespace = defineNamespace(ja, loadEnglish);
    expect(namespace.isLoaded('ja')).toBe(true);
    expect(namespace.isLoaded('en')).toBe(false);
    expect(namespace.translator('en')('bye')).toBe('さようなら'); // not in yet: Japanese, never keys
    expect(loadEnglish).not.toHaveBeenCalled();

    await Promise.all([namespace.load(['en']), namespace.load(['ja', 'en'])]);
    expect(loadEnglish).toHaveBeenCalledTimes(1);
    expect(namespace.isLoaded('en')).toBe(true);
    expect(namespace.translator('en')('bye')).toBe('Goodbye');
  });

  it('tries again after a failed fetch, and whenTried settles without rejecting', async () => {
    const loadEnglish = vi
      .fn<() => Promise<typeof en>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(en);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const namespace = defineNamespace(ja, loadEnglish);

    await expect(namespace.whenTried('en')).resolves.toBeUndefined();
    expect(namespace.translator('en')('bye')).toBe('さようなら');
    expect(warn).toHaveBeenCalled();
    await namespace.load(['en']);
    expect(namespace.translator('en')('bye')).toBe('Goodbye');
    expect(loadEnglish).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('fills in named placeholders, in each language’s order', () => {
    expect(translator(ja)('count', { count: 3, total: 10 })).toBe('10件中3件');
    expect(translator(en)('count', { count: 3, total: 10 })).toBe('3 of 10');
    expect(translator(ja)('greet', { name: '田中 健太' })).toBe('田中 健太さん、こんにちは');
  });

  it('loads a language the app asked for in every namespace, including those defined later', async () => {
    const first = defineNamespace(ja, vi.fn(loadEn));
    await loadLocale('en');
    expect(first.isLoaded('en')).toBe(true);

    // A view's chunk arriving after the switch starts fetching English at once.
    const loadLater = vi.fn(loadEn);
    const later = defineNamespace(ja, loadLater);
    expect(loadLater).toHaveBeenCalledTimes(1);
    await later.whenTried('en');
    expect(later.isLoaded('en')).toBe(true);
  });
});
