import { useContext, useMemo } from 'react';
import type { ApiRequest } from '../api/client';
import type { Api } from '../api/endpoints';
import { type Session, SessionContext } from './SessionProvider';

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}

/** The API client with the signed-in user's token. */
export function useApi(): Api {
  return useSession().api;
}

/**
 * Endpoints a lazily loaded view brings along (kept out of the shell's code), bound to the
 * signed-in user's client: `useEndpoints(bookingEndpoints)`.
 */
export function useEndpoints<T>(endpoints: (request: ApiRequest) => T): T {
  const { request } = useSession();
  return useMemo(() => endpoints(request), [endpoints, request]);
}
