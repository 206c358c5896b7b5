import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session/useSession';

/**
 * Calls `onChange` when the 1on1's summary changes in another window (the other person's, or the
 * same person's elsewhere): it follows the session's event stream for `summary.changed`, and on
 * every (re)connection too, since a change may have come while the stream was down. The stream's
 * code is the meeting's own chunk, loaded on demand, so the history page's first paint is unchanged.
 */
export function useSummaryChanges(sessionId: string, onChange: () => void): void {
  const session = useSession();
  const { locale } = useT();
  const latest = useRef({ session, locale, onChange });
  latest.current = { session, locale, onChange };

  useEffect(() => {
    let stopped = false;
    let stop: (() => void) | null = null;
    import('../meeting/sessionEventStream').then(
      ({ followSessionEvents }) => {
        if (stopped) return;
        stop = followSessionEvents({
          sessionId,
          startAfter: null,
          token: () => {
            const { state } = latest.current.session;
            return state.status === 'signedIn' ? state.token.accessToken : null;
          },
          refreshToken: () => latest.current.session.refreshToken(),
          locale: () => latest.current.locale,
          onEvent: (event) => {
            if (event.type === 'summary.changed') latest.current.onChange();
          },
          onOpen: () => latest.current.onChange(),
          // The panel still works without the stream; signing out is the meeting's call, not this panel's.
          onUnauthorized: () => {},
          onConnection: () => {},
        }).stop;
      },
      () => {
        // Without the stream's code the panel simply does not follow live; saving still shows conflicts.
      },
    );
    return () => {
      stopped = true;
      stop?.();
    };
  }, [sessionId]);
}
