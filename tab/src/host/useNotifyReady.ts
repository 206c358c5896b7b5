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
