import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import { invalid, notFound } from '../domain/errors.js';
import {
  assertMayConfirmPair,
  assertMayCreatePair,
  assertMayEndPair,
  type Pair,
  type PairRole,
  roleInPair,
} from '../domain/pair.js';
import type { Actor } from '../domain/people.js';
import { type ManagerDirectory, startingStatus } from './managerDirectory.js';
import { participantPair } from './participantSession.js';

/**
 * Pair a manager and a member, both known people of the organisation; the pair starts established or
 * pending the member's confirmation, as the directory vouches for it.
 */
export async function createPair(
  data: TenantData,
  actor: Actor,
  people: { managerId: string; memberId: string },
  directory: ManagerDirectory,
): Promise<{ pair: Pair; role: PairRole }> {
  const { managerId, memberId } = people;
  assertMayCreatePair(actor, managerId, memberId);
  if ((await data.users.findById(managerId)) === null) {
    throw invalid('managerId', 'is not a known person in your organisation');
  }
  if ((await data.users.findById(memberId)) === null) {
    throw invalid('memberId', 'is not a known person in your organisation');
  }
  const id = randomUUID();
  const status = await startingStatus(directory, actor, managerId, memberId);
  await data.pairs.create(id, managerId, memberId, { status, proposedBy: actor.id });
  const pair = await data.pairs.findById(id);
  if (pair === null) throw notFound('pair');
  return { pair, role: roleInPair(pair, actor.id) ?? 'manager' };
}

/** The member confirms that the person who proposed the pair is their manager. */
export async function confirmPair(
  data: TenantData,
  pairId: string,
  actorId: string,
  now: Date,
): Promise<{ pair: Pair; role: PairRole }> {
  const { pair, role } = await participantPair(data, pairId, actorId, { pending: 'member' });
  assertMayConfirmPair(pair, actorId);
  await data.pairs.confirm(pair.id, now);
  return { pair: { ...pair, status: 'established' }, role };
}

/** Either person or an admin ends a pair (its history stays, read-only); a pending pair is declined and removed. */
export async function endPair(
  data: TenantData,
  pairId: string,
  actor: Actor,
  now: () => Date,
): Promise<void> {
  const pair = await data.pairs.findById(pairId);
  if (pair === null || (!actor.isAdmin && roleInPair(pair, actor.id) === null)) throw notFound('pair');
  assertMayEndPair(pair, actor);
  if (pair.status === 'pending') await data.pairs.deletePending(pair.id);
  else await data.pairs.end(pair.id, actor.id, now());
}
