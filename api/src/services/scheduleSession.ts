import { randomUUID } from 'node:crypto';
import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import type { SessionSchedule } from '../domain/session.js';
import { carryOver } from './carryOver.js';

/**
 * Schedules a pair's next 1on1. If their last 1on1 ended without a next one, the new session becomes
 * its next, and what was left open there is carried over at once.
 */
export async function scheduleSession(
  data: TenantData,
  pairId: string,
  schedule: SessionSchedule,
): Promise<SessionRecord> {
  return data.transaction((trx) => scheduleSessionIn(trx, pairId, schedule));
}

/** The same, inside a transaction the caller already holds (e.g. with the pair locked). */
export async function scheduleSessionIn(
  trx: TenantData,
  pairId: string,
  schedule: SessionSchedule,
): Promise<SessionRecord> {
  const session = await trx.sessions.create(randomUUID(), pairId, schedule);
  const previous = await trx.sessions.findLatestEndedWithoutNext(pairId);
  if (previous !== null && previous.scheduledStart < session.scheduledStart) {
    await trx.sessions.linkNext(previous.id, session.id);
    await carryOver(trx, previous.id);
  }
  return session;
}
