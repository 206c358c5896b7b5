import { use, useMemo } from 'react';
import type { Locale } from './locale';
import type { Catalog, Namespace, Translator } from './namespace';
import { useT } from './useT';

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
  if (!namespace.isLoaded(appLocale)) use(namespace.whenTried(appLocale));
  const locale = namespace.isLoaded(appLocale) ? appLocale : 'ja';
  const t = useMemo(() => namespace.translator(locale), [namespace, locale]);
  return { t, locale };
}
