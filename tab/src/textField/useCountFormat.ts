import { useCallback } from 'react';
import { useT } from '../i18n/useT';

/** Counts written the way the app's language writes numbers (4,000). */
export function useCountFormat(): (value: number) => string {
  const { locale } = useT();
  return useCallback((value: number) => value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US'), [locale]);
}
