import type { SessionRecord } from '../data/repositories/sessions.js';

/** A 1on1 in brief: in lists, in answers about it, and in the 409 that names the 1on1 already booked. */
export function sessionBrief(session: SessionRecord) {
  return {
    id: session.id,
    pairId: session.pairId,
    status: session.status,
    scheduledStart: session.scheduledStart.toISOString(),
    scheduledEnd: session.scheduledEnd.toISOString(),
  };
}
