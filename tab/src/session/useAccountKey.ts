import { useMemo } from 'react';
import { accountKeyOf } from './accountKey';
import { useSession } from './useSession';

/** The signed-in person's key for what this browser keeps for them; null when signed out. */
export function useAccountKey(): string | null {
  const { state } = useSession();
  const token = state.status === 'signedIn' ? state.token.accessToken : null;
  return useMemo(() => (token === null ? null : accountKeyOf(token)), [token]);
}
