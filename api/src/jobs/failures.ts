/** How a job attempt can fail; the runner decides what happens next from the class. */

/** Worth trying again later (throttling, a gateway hiccup); counts as an attempt. */
export class RetryLater extends Error {
  constructor(
    message: string,
    /** The service's own Retry-After, which the next attempt must not come before. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'RetryLater';
  }
}

/** Will never succeed (the recipient removed the app, a 403): dead-letter now. */
export class PermanentFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentFailure';
  }
}

/** Not a failure: the rate limit says wait until `until`. The attempt is given back. */
export class WaitForSendSlot extends Error {
  constructor(readonly until: Date) {
    super('waiting for a send slot');
    this.name = 'WaitForSendSlot';
  }
}

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * Exponential backoff with jitter: the n-th failure waits around 2s·2ⁿ⁻¹ (capped at 15 minutes),
 * somewhere between half and all of it so that many jobs failing together do not retry together.
 * A Retry-After from the service is a floor, with a little jitter on top for the same reason.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  if (retryAfterMs === null) return Math.round(jittered);
  return Math.round(Math.max(retryAfterMs, 0) + random() * Math.min(1_000, exponential / 4));
}
