/**
 * How the background watch of a booked Outlook event treats Microsoft 365 refusing to let Taiwa
 * read it (403, or no admin consent for the application permission): refusals do not get better
 * by asking every few minutes, so it waits longer after each one and gives up after a few, and the
 * pair is told once. Any successful read starts the count again.
 */

export const REFUSALS_BEFORE_STOPPING = 3;
const FIRST_WAIT_MS = 60 * 60_000;
const WAIT_GROWTH = 4;

export type AfterRefusal = { kind: 'retry'; at: Date } | { kind: 'stop' };

/** `refusals` counts this one: after the 1st wait 1 hour, after the 2nd 4 hours, the 3rd stops. */
export function afterRefusal(refusals: number, now: Date): AfterRefusal {
  if (refusals >= REFUSALS_BEFORE_STOPPING) return { kind: 'stop' };
  const waitMs = FIRST_WAIT_MS * WAIT_GROWTH ** Math.max(0, refusals - 1);
  return { kind: 'retry', at: new Date(now.getTime() + waitMs) };
}
