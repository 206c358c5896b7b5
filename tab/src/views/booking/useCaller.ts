import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';
import type { Caller } from './taiwaFetch';

/** The signed-in person's token and language, for the booking and transcript calls. */
export function useCaller(): Caller | null {
  const { state } = useSession();
  const { locale } = useT();
  return state.status === 'signedIn' ? { token: state.token.accessToken, locale } : null;
}
