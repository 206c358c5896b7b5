import { useCallback, useEffect, useState } from 'react';
import { afterFirstView } from '../../host/firstView';
import { interpolate } from '../../i18n/interpolate';
import { LOCALES, type Locale } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { en } from './messages.en';
import { ja } from './messages.ja';

/**
 * The in-meeting views' messages, one file per language: English (messages.en.ts) is the source
 * of the keys and placeholders; Japanese (messages.ja.ts) must have exactly the same keys.
 */
type Key = keyof typeof en;
export type MeetingMessages = { readonly [K in Key]: string };

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
type Mismatch = {
  [K in Key]: [Placeholders<(typeof en)[K]>] extends [Placeholders<(typeof ja)[K]>]
    ? [Placeholders<(typeof ja)[K]>] extends [Placeholders<(typeof en)[K]>]
      ? never
      : K
    : K;
}[Key];
// A translation that loses a placeholder fails to compile here, naming the key.
const placeholdersAgree: [Mismatch] extends [never] ? true : Mismatch = true;
void placeholdersAgree;

// Japanese ships with the meeting view, as the app's Japanese does with the shell; English loads
// when first needed. The router awaits the first paint's language with the view's own code
// (loadMeetingMessages in src/router/lazyViews.ts), so no text ever shows in the wrong language.
const loaded: Partial<Record<Locale, MeetingMessages>> = { ja };
const loaders: Record<Locale, () => Promise<MeetingMessages>> = {
  ja: async () => ja,
  en: () => import('./messages.en').then((m) => m.en),
};

/** The meeting catalogs of `locales`, fetched the first time each is needed. */
export async function loadMeetingMessages(locales: readonly Locale[]): Promise<void> {
  await Promise.all(
    locales.map(async (locale) => {
      loaded[locale] ??= await loaders[locale]();
    }),
  );
}

export type MeetingKey = Key;
export type MeetingTranslate = <K extends Key>(
  key: K,
  ...params: [Placeholders<(typeof en)[K]>] extends [never]
    ? []
    : [Record<Placeholders<(typeof en)[K]>, string | number>]
) => string;

/** The meeting views' translator, following the app's locale. */
export function useMeetingT(): { t: MeetingTranslate; locale: Locale } {
  const { locale } = useT();
  const [, setLoadedCount] = useState(0);
  const messages = loaded[locale];

  // Once the first view is shown fetch the other language too, as the app's catalog does, so a
  // switch is instant; and should a switch come first, render again once its catalog is in.
  useEffect(() => {
    const loadAll = () =>
      loadMeetingMessages(LOCALES).then(
        () => setLoadedCount(LOCALES.length),
        (error: unknown) => console.warn('Taiwa: could not load the meeting messages', error),
      );
    if (messages === undefined) void loadAll();
    else afterFirstView(() => void loadAll());
  }, [messages]);

  // Until then, the language that is loaded (the router loads the first paint's before showing the view).
  const shown = messages ?? ja;
  const t = useCallback<MeetingTranslate>(
    (key, ...params) => interpolate(shown[key], params[0] ?? {}),
    [shown],
  );
  return { t, locale: messages === undefined ? 'ja' : locale };
}
