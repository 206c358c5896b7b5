import type { ConsentChannel } from './entraToken';

let channel: ConsentChannel = 'unavailable';

/** Remembers how sign-in went, so a later consent request uses the same way in. */
export function setConsentChannel(next: ConsentChannel): void {
  channel = next;
}

export function consentChannel(): ConsentChannel {
  return channel;
}
