import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';
import { resolveLocale, toSupportedLocale } from './locale';
import { en } from './messages.en';
import { ja } from './messages.ja';

describe('locale resolution', () => {
  it('maps regional tags to supported locales', () => {
    expect(toSupportedLocale('ja-JP')).toBe('ja');
    expect(toSupportedLocale('en-us')).toBe('en');
    expect(toSupportedLocale('fr-FR')).toBeNull();
    expect(toSupportedLocale('')).toBeNull();
  });

  it('prefers the stored choice, then the host, then the browser list, then English', () => {
    expect(resolveLocale({ stored: 'en', hostLocale: 'ja-jp', browserLanguages: ['ja'] })).toBe('en');
    expect(resolveLocale({ stored: null, hostLocale: 'ja-jp', browserLanguages: ['en'] })).toBe('ja');
    expect(resolveLocale({ stored: null, hostLocale: 'de-de', browserLanguages: ['fr', 'ja'] })).toBe('ja');
    expect(resolveLocale({ stored: 'xx', hostLocale: null, browserLanguages: [] })).toBe('en');
  });
});

describe('messages', () => {
  it('has the same keys in ja and en', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty Japanese message', () => {
    for (const [key, value] of Object.entries(ja)) expect(value.trim(), key).not.toBe('');
  });

  it('interpolates named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{name}さんとの1on1', { name: '田中 健太' })).toBe('田中 健太さんとの1on1');
    expect(interpolate('a {x} b', {})).toBe('a {x} b');
  });
});
