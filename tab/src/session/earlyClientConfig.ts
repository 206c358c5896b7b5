import type { ClientConfig } from '../api/types';

/**
 * The client configuration, requested as the page starts (main.tsx), side by side with the Teams
 * handshake rather than after the first render. The session takes it once; on any failure it asks
 * again itself, so errors are reported in the user's language and retried as usual.
 */
let early: Promise<ClientConfig> | null = null;

export function requestClientConfigEarly(load: () => Promise<ClientConfig>): void {
  early = load();
  early.catch(() => undefined); // unhandled here on purpose: the session asks again
}

/** The early request, once; null when there was none or it was already taken. */
export function takeEarlyClientConfig(): Promise<ClientConfig> | null {
  const taken = early;
  early = null;
  return taken;
}
