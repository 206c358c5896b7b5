import { conflict, forbidden, invalid } from './errors.js';
import type { Actor, Person } from './people.js';

export type PairRole = 'manager' | 'member';

/**
 * Who manages whom comes from the directory (Entra `manager`) or an admin, or the member says so.
 * Anything else is `pending` until the member confirms; `ended` pairs keep their history, read-only.
 */
export type PairStatus = 'pending' | 'established' | 'ended';

export interface Pair {
  id: string;
  manager: Person;
  member: Person;
  status: PairStatus;
  /** Who asked for a pending pair. */
  proposedBy: string | null;
}

/** The caller's part in a pair, or null for anyone outside it (who must then see nothing of it). */
export function roleInPair(pair: Pick<Pair, 'manager' | 'member'>, userId: string): PairRole | null {
  if (pair.manager.id === userId) return 'manager';
  if (pair.member.id === userId) return 'member';
  return null;
}

/** Which of the pair `userId` is: the manager by their id, the member otherwise. */
export function personInPair(pair: Pick<Pair, 'manager' | 'member'>, userId: string): Person {
  return userId === pair.manager.id ? pair.manager : pair.member;
}

/** The other one of the pair, seen from `userId`: the member for the manager, the manager otherwise. */
export function partnerOf(pair: Pick<Pair, 'manager' | 'member'>, userId: string): Person {
  return userId === pair.manager.id ? pair.member : pair.manager;
}

/** A person may start a 1on1 pairing they are part of; admins may pair any two people of the tenant. */
export function assertMayCreatePair(actor: Actor, managerId: string, memberId: string): void {
  if (managerId === memberId) throw invalid('memberId', 'a 1on1 needs two different people');
  if (actor.isAdmin) return;
  if (actor.id !== managerId && actor.id !== memberId) {
    throw forbidden('you can only create a pair you are part of');
  }
}

/**
 * How a new pair starts. The member naming their own manager, an admin, or the directory naming the
 * manager establish it; a person naming themselves someone's manager only proposes it.
 */
export function statusOfNewPair(
  actor: Actor,
  managerId: string,
  memberId: string,
  directoryManagerId: string | null,
): Exclude<PairStatus, 'ended'> {
  if (actor.isAdmin || actor.id === memberId) return 'established';
  return directoryManagerId === managerId ? 'established' : 'pending';
}

/** Only the member confirms who manages them. */
export function assertMayConfirmPair(pair: Pair, actorId: string): void {
  if (pair.member.id !== actorId) throw forbidden('only the member can confirm who their manager is');
  if (pair.status !== 'pending') throw conflict('this 1on1 pair is not waiting for confirmation');
}

/** Either person, or an admin, may end a pair. */
export function assertMayEndPair(pair: Pair, actor: Actor): void {
  if (actor.isAdmin || roleInPair(pair, actor.id) !== null) return;
  throw forbidden('only the two people of a pair or an admin can end it');
}

/** Only an established pair takes new 1on1s, items, memos or ratings; an ended one is read-only. */
export function assertPairOpen(pair: Pick<Pair, 'status'>): void {
  if (pair.status !== 'established') {
    throw conflict('this 1on1 pair has ended; its history is kept read-only');
  }
}
