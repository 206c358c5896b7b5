import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { validateSchedule } from '../domain/session.js';
import { participantPair } from './participantSession.js';
import { scheduleSession } from './scheduleSession.js';

/** A pair's sessions, newest first, for one of the pair. */
export async function listPairSessions(
  data: TenantData,
  pairId: string,
  actorId: string,
): Promise<SessionRecord[]> {
  const { pair } = await participantPair(data, pairId, actorId);
  return data.sessions.listForPairs([pair.id]);
}

/** One of the pair plans a 1on1 at a time of their choosing. */
export async function planPairSession(
  data: TenantData,
  pairId: string,
  actorId: string,
  schedule: { scheduledStart: Date; scheduledEnd: Date },
): Promise<SessionRecord> {
  const { pair } = await participantPair(data, pairId, actorId);
  return scheduleSession(data, pair.id, validateSchedule(schedule));
}
