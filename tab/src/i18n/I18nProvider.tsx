import { createContext, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { afterFirstView } from '../host/firstView';
import { createDateFormatters, type DateFormatters } from './format';
import { LOCALES, type Locale, storeLocale } from './locale';
import { appText } from './messages';
import type { en } from './messages.en';
import { loadLocale, type Translator } from './namespace';

/** The app's own translator: `t('pair.with', { name })`. */
export type Translate = Translator<typeof en>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  format: DateFormatters;
}

export const I18nContext = createContext<I18n | null>(null);

/** `initialLocale`'s messages must be loaded already (main.tsx awaits loadLocale). */
export function I18nProvider(props: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    appText.isLoaded(props.initialLocale) ? props.initialLocale : 'ja',
  );
  const requested = useRef(locale);

  // Screen readers and the browser's hyphenation/font choice follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Once the first view is shown, fetch the other language too (for the views loaded so far and
  // those loaded later), so switching is instant.
  useEffect(() => {
    afterFirstView(() => {
      for (const other of LOCALES) void loadLocale(other);
    });
  }, []);

  // The switch waits for the language of every namespace loaded so far, so no view suspends on it.
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    requested.current = next;
    void loadLocale(next).then(() => {
      // A later switch wins over an earlier one still loading; a language that failed is not shown.
      if (requested.current === next && appText.isLoaded(next)) setLocaleState(next);
    });
  }, []);

  const value = useMemo<I18n>(() => {
    // Only a loaded locale is ever set; the translator would fall back to Japanese otherwise.
    const t: Translate = appText.translator(locale);
    return { locale, setLocale, t, format: createDateFormatters(locale) };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
