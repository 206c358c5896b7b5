import { forbidden, invalid } from './errors.js';
import type { Actor, Person } from './people.js';

export type PairRole = 'manager' | 'member';

export interface Pair {
  id: string;
  manager: Person;
  member: Person;
}

/** The caller's part in a pair, or null for anyone outside it (who must then see nothing of it). */
export function roleInPair(pair: Pick<Pair, 'manager' | 'member'>, userId: string): PairRole | null {
  if (pair.manager.id === userId) return 'manager';
  if (pair.member.id === userId) return 'member';
  return null;
}

/** A person may start a 1on1 pairing they are part of; admins may pair any two people of the tenant. */
export function assertMayCreatePair(actor: Actor, managerId: string, memberId: string): void {
  if (managerId === memberId) throw invalid('memberId', 'a 1on1 needs two different people');
  if (actor.isAdmin) return;
  if (actor.id !== managerId && actor.id !== memberId) {
    throw forbidden('you can only create a pair you are part of');
  }
}
