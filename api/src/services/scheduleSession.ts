import { randomUUID } from 'node:crypto';
import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { overlapping1on1 } from '../domain/errors.js';
import { overlappingSession, type SessionSchedule } from '../domain/session.js';
import { carryOver } from './carryOver.js';
import { sessionBrief } from './sessionBrief.js';

/**
 * Schedules a pair's next 1on1. If their last 1on1 ended without a next one, the new session becomes
 * its next, and what was left open there is carried over at once. Refuses (409, carrying the existing
 * one) a time that overlaps a planned or live 1on1 of the same pair.
 */
export async function scheduleSession(
  data: TenantData,
  pairId: string,
  schedule: SessionSchedule,
): Promise<SessionRecord> {
  return data.transaction(async (trx) => {
    await assertNoOverlap(trx, pairId, schedule);
    return scheduleSessionIn(trx, pairId, schedule);
  });
}

/**
 * The no-double-booking rule, inside the caller's transaction: locks the pair's schedule first, so a
 * second booking of the same slot sent at the same moment waits and then sees the first.
 */
export async function assertNoOverlap(
  trx: TenantData,
  pairId: string,
  schedule: SessionSchedule,
): Promise<void> {
  await trx.sessions.lockPairSchedule(pairId);
  const existing = overlappingSession(await trx.sessions.listOpenForPair(pairId), schedule);
  if (existing !== null) throw overlapping1on1(sessionBrief(existing));
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
