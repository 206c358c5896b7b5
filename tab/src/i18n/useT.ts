import { use, useContext, useMemo } from 'react';
import { type I18n, I18nContext } from './I18nProvider';
import type { Locale } from './locale';
import type { Catalog, Namespace, Translator } from './namespace';

// The two ways a component reads text: the app's own messages, or a view's namespace. Both live in
// the shell, so the side panel's first paint does not fetch one more chunk for useNamespace.

/** The active locale's translator (the app's own messages), date formatters and locale switch. */
export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT() must be used inside <I18nProvider>');
  return i18n;
}

/**
 * A namespace's translator in the app's locale. Should that language not be in yet (a view's chunk
 * just arrived), the component suspends until it is, so no text shows in the wrong language; the
 * app's language switch waits for every namespace defined so far (loadLocale), so it never does.
 * `locale` is the language the texts are in: Japanese if the other one could not be fetched.
 */
export function useNamespace<M extends Catalog>(
  namespace: Namespace<M>,
): { t: Translator<M>; locale: Locale } {
  const { locale: appLocale } = useT();
  // Called on every render (it returns at once once the language is in), never conditionally.
  use(namespace.whenTried(appLocale));
  const locale = namespace.isLoaded(appLocale) ? appLocale : 'ja';
  const t = useMemo(() => namespace.translator(locale), [namespace, locale]);
  return { t, locale };
}
