import type { TenantData } from '../data/tenantData.js';
import { assertCadence, type Cadence, nextCadenceSlot } from '../domain/cadence.js';
import type { Interval } from '../domain/slots.js';
import { participantPair } from './participantSession.js';

export interface CadenceView {
  cadence: Cadence | null;
  /** When the rhythm puts the next 1on1, counted from the pair's latest 1on1. */
  next: Interval | null;
}

/** The pair's latest 1on1 that has begun or is planned: the rhythm counts on from it. */
async function latestStart(data: TenantData, pairId: string): Promise<Date | null> {
  // Newest first (SessionRepository.listForPairs).
  const [latest] = await data.sessions.listForPairs([pairId]);
  return latest?.scheduledStart ?? null;
}

export async function viewCadence(
  data: TenantData,
  pairId: string,
  actorId: string,
  now: Date,
): Promise<CadenceView> {
  const { pair } = await participantPair(data, pairId, actorId);
  const cadence = await data.cadences.find(pair.id);
  if (cadence === null) return { cadence: null, next: null };
  return {
    cadence,
    next: nextCadenceSlot(cadence, { now, previousStart: await latestStart(data, pair.id) }),
  };
}

/** Either person of the pair sets the rhythm; the other sees it on their next look. */
export async function setCadence(
  data: TenantData,
  pairId: string,
  actorId: string,
  input: Cadence,
  now: Date,
): Promise<CadenceView> {
  const { pair } = await participantPair(data, pairId, actorId);
  await data.cadences.save(pair.id, assertCadence(input), actorId, now);
  return viewCadence(data, pair.id, actorId, now);
}

export async function clearCadence(data: TenantData, pairId: string, actorId: string): Promise<void> {
  const { pair } = await participantPair(data, pairId, actorId);
  await data.cadences.remove(pair.id);
}
