import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import {
  assertCheckinDue,
  assertMayCheckIn,
  type Checkin,
  checkinContentVisibleTo,
  nextCheckinAllowedAt,
  scoreCheckin,
} from '../domain/checkin.js';
import type { PairRole } from '../domain/pair.js';
import { participantPair } from './participantSession.js';

const HISTORY_LIMIT = 24;

export interface CheckinHistory {
  role: PairRole;
  /** Newest first. */
  checkins: Checkin[];
  /** When the member may answer again; null when they may now (or for the manager, who never answers). */
  nextAllowedAt: Date | null;
  canCheckIn: boolean;
  /** The stages this person may see, for the trend; an unshared stage cannot leak through it. */
  visibleStages: { stage: number; answeredAt: Date }[];
}

/** A pair's check-ins as one of the pair sees them. */
export async function viewCheckins(
  data: TenantData,
  pairId: string,
  actorId: string,
  now: Date,
): Promise<CheckinHistory> {
  const { pair, role } = await participantPair(data, pairId, actorId);
  const checkins = await data.checkins.listForPair(pair.id, HISTORY_LIMIT);
  const latest = checkins[0];
  const opensAt = latest === undefined ? null : nextCheckinAllowedAt(latest.answeredAt);
  const open = opensAt === null || opensAt <= now;
  return {
    role,
    checkins,
    nextAllowedAt: role === 'member' && !open && opensAt !== null ? opensAt : null,
    canCheckIn: role === 'member' && open,
    visibleStages: checkins
      .filter((c) => checkinContentVisibleTo(c, role))
      .map((c) => ({ stage: c.stage, answeredAt: c.answeredAt })),
  };
}

/** The member answers the check-in: at most once a month per pair, checked under the pair's lock. */
export async function checkIn(
  data: TenantData,
  pairId: string,
  actorId: string,
  input: { answers: number[]; shareWithManager: boolean },
  now: Date,
): Promise<Checkin> {
  const { pair, role } = await participantPair(data, pairId, actorId);
  assertMayCheckIn(role);
  const result = scoreCheckin(input.answers);
  const checkin: Checkin = {
    id: randomUUID(),
    pairId: pair.id,
    memberId: pair.member.id,
    answers: [...input.answers],
    stage: result.stage.index,
    sharedWithManager: input.shareWithManager,
    answeredAt: now,
  };
  await data.transaction(async (trx) => {
    await trx.checkins.lockPair(pair.id);
    const [last] = await trx.checkins.listForPair(pair.id, 1);
    assertCheckinDue(last ?? null, now);
    await trx.checkins.create(checkin);
  });
  return checkin;
}
