import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { createDateFormatters, type DateFormatters } from './format';
import { interpolate } from './interpolate';
import { storeLocale } from './locale';
import { catalogs, type Locale, type MessageKey, type ParamsOf } from './messages';

/** `t('pair.with', { name })` — the params argument is required exactly when the message has placeholders. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [keyof ParamsOf<K>] extends [never] ? [] : [ParamsOf<K>]
) => string;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  format: DateFormatters;
}

export const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(props.initialLocale);

  // Screen readers and the browser's hyphenation/font choice follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = catalogs[locale];
    const t: Translate = (key, ...params) => interpolate(messages[key], params[0] ?? {});
    return { locale, setLocale, t, format: createDateFormatters(locale) };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
