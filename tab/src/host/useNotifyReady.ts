import { useEffect } from 'react';
import { notifyAppReady } from './context';
import { useHost } from './HostProvider';

/** Call from a view with `ready = true` once it is usable; tells the host to drop its spinner. */
export function useNotifyReady(ready = true): void {
  const host = useHost();
  useEffect(() => {
    if (ready) notifyAppReady(host);
  }, [ready, host]);
}

/**
 * The same as a component: inside a Suspense boundary it runs only once everything around it has
 * loaded and painted, so the host drops its spinner when a lazily loaded view is really there.
 */
export function NotifyReady(): null {
  useNotifyReady();
  return null;
}
