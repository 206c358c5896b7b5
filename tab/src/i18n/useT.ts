import { useContext } from 'react';
import { type I18n, I18nContext } from './I18nProvider';

/** The active locale's translator, date formatters and locale switch. */
export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT() must be used inside <I18nProvider>');
  return i18n;
}
