import { useContext } from 'react';
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
