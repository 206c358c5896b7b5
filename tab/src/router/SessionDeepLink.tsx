import { type ReactNode, useEffect, useState } from 'react';
import { LoadingState } from '../components/LoadingState';
import { useHost } from '../host/HostProvider';
import { useT } from '../i18n/useT';
import { useApi } from '../session/useSession';
import { navigate, paths } from './router';
import { destinationFor, sessionFromLink } from './sessionDeepLink';

/** Opens the 1on1 a card linked to; without such a link, or if it cannot be read, shows the page. */
export function SessionDeepLink(props: { children: ReactNode }) {
  const host = useHost();
  const api = useApi();
  const { t } = useT();
  const [sessionId] = useState(() => sessionFromLink(window.location.search, host.subPageId));
  const [done, setDone] = useState(sessionId === null);

  useEffect(() => {
    if (sessionId === null) return;
    const controller = new AbortController();
    api
      .session(sessionId, controller.signal)
      .then((session) => {
        const target = destinationFor(session) === 'book' ? paths.book(sessionId) : paths.prepare(sessionId);
        window.history.replaceState(null, '', paths.home());
        navigate(target);
      })
      .catch(() => {
        // A 1on1 that is gone or not theirs: "My 1on1s" is the honest place to land.
        if (!controller.signal.aborted) setDone(true);
      });
    return () => controller.abort();
  }, [api, sessionId]);

  return done ? props.children : <LoadingState label={t('app.loading')} />;
}
