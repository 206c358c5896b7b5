import { type PairStatus, statusOfNewPair } from '../domain/pair.js';
import type { Actor } from '../domain/people.js';

/**
 * Who the directory says manages a person (Entra's `manager` relationship). A pair whose manager
 * the directory names is established without the member's confirmation.
 */
export interface ManagerDirectory {
  /** The manager's user id, or null when the directory does not say (or there is no directory). */
  managerOf(tenantId: string, userId: string): Promise<string | null>;
}

/** Dev mode and tenants without Graph: no directory, so the member confirms. */
export const noManagerDirectory: ManagerDirectory = { managerOf: async () => null };

/** How a new pair starts; the directory is asked only when the actor's word is not enough. */
export async function startingStatus(
  directory: ManagerDirectory,
  actor: Actor,
  managerId: string,
  memberId: string,
): Promise<Exclude<PairStatus, 'ended'>> {
  const vouched = statusOfNewPair(actor, managerId, memberId, null);
  if (vouched === 'established') return vouched;
  return statusOfNewPair(actor, managerId, memberId, await directory.managerOf(actor.tenantId, memberId));
}
