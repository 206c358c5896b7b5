import type { CatalogEntry } from './catalog.js';
import { conflict } from './errors.js';
import type { SessionStatus } from './session.js';

export interface DiceRoll {
  /** 1, 2, 3… in the order the rolls happened within the session. */
  seq: number;
  faceId: string;
  rolledBy: string;
  rolledAt: Date;
}

/** A uniform whole number in [0, exclusiveMax); production passes node:crypto's randomInt. */
export type RandomInt = (exclusiveMax: number) => number;

/**
 * Dice talk (サイコロトーク): one face of the tenant's active dice, chosen uniformly by the
 * injected random source. Retired faces are never rolled.
 */
export function rollDice(faces: readonly CatalogEntry[], randomInt: RandomInt): CatalogEntry {
  const active = faces.filter((face) => !face.retired);
  if (active.length === 0) throw conflict('this organisation has no dice faces; an admin can add them');
  const index = randomInt(active.length);
  const face = active[index];
  if (!Number.isInteger(index) || face === undefined) {
    throw new RangeError(`random source returned ${index} for ${active.length} faces`);
  }
  return face;
}

export function nextDiceSeq(latest: Pick<DiceRoll, 'seq'> | null): number {
  return (latest?.seq ?? 0) + 1;
}

/** The dice start a 1on1; an ended one is history. */
export function assertMayRoll(status: SessionStatus): void {
  if (status === 'ended') throw conflict('this 1on1 has ended; the dice are put away');
}
