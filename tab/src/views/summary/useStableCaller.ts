import { useMemo } from 'react';
import type { Caller } from '../booking/taiwaFetch';
import { useCaller } from '../booking/useCaller';

/**
 * The caller, kept the same object while the token and language stay the same: effects that load
 * with it then run once, not on every render (which would also reset text being edited).
 */
export function useStableCaller(): Caller | null {
  const caller = useCaller();
  const token = caller?.token ?? null;
  const locale = caller?.locale ?? null;
  return useMemo(() => (token === null || locale === null ? null : { token, locale }), [token, locale]);
}
