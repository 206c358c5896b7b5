/**
 * Teams accepts at most 7 messages per second into one conversation and 50 per second from one
 * bot into one tenant. Given the sends of the last window, this says when the next one may go.
 */
export interface SendLimits {
  perConversation: number;
  perTenant: number;
  windowMs: number;
}

export const TEAMS_SEND_LIMITS: SendLimits = { perConversation: 7, perTenant: 50, windowMs: 1_000 };

/** Null when a send may go now, else the earliest moment it may. Times must be ascending. */
export function nextSendTime(
  recent: { tenant: readonly Date[]; conversation: readonly Date[] },
  now: Date,
  limits: SendLimits = TEAMS_SEND_LIMITS,
): Date | null {
  const since = now.getTime() - limits.windowMs;
  const inWindow = (times: readonly Date[]) => times.filter((at) => at.getTime() > since);
  let earliest = now.getTime();
  for (const [times, limit] of [
    [inWindow(recent.tenant), limits.perTenant],
    [inWindow(recent.conversation), limits.perConversation],
  ] as const) {
    if (times.length < limit) continue;
    // The slot frees when the oldest send that keeps the window full leaves it.
    const blocking = times[times.length - limit];
    if (blocking !== undefined) earliest = Math.max(earliest, blocking.getTime() + limits.windowMs);
  }
  return earliest > now.getTime() ? new Date(earliest) : null;
}
