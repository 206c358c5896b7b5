import { createContext, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { afterFirstView } from '../host/firstView';
import { createDateFormatters, type DateFormatters } from './format';
import { interpolate } from './interpolate';
import { storeLocale } from './locale';
import {
  LOCALES,
  type Locale,
  loadedMessages,
  loadMessages,
  type MessageKey,
  type ParamsOf,
} from './messages';

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

/** `initialLocale`'s messages must be loaded already (main.tsx awaits loadMessages). */
export function I18nProvider(props: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    loadedMessages(props.initialLocale) ? props.initialLocale : 'ja',
  );
  const requested = useRef(locale);

  // Screen readers and the browser's hyphenation/font choice follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Once the first view is shown, fetch the other language too, so switching is instant.
  useEffect(() => {
    afterFirstView(() => {
      for (const other of LOCALES) {
        loadMessages(other).catch((error: unknown) => console.warn(`Taiwa: could not load ${other}`, error));
      }
    });
  }, []);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    requested.current = next;
    loadMessages(next).then(
      () => {
        // A later switch wins over an earlier one still loading.
        if (requested.current === next) setLocaleState(next);
      },
      (error: unknown) => console.warn(`Taiwa: could not load ${next}`, error),
    );
  }, []);

  const value = useMemo<I18n>(() => {
    // Only a loaded locale is ever set; the fallback keeps the types honest.
    const messages = loadedMessages(locale) ?? loadedMessages('ja');
    if (!messages) throw new Error('the Japanese messages ship with the app');
    const t: Translate = (key, ...params) => interpolate(messages[key], params[0] ?? {});
    return { locale, setLocale, t, format: createDateFormatters(locale) };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}
