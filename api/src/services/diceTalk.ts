import type { TenantData } from '../data/tenantData.js';
import { type Catalog, catalogLabel } from '../domain/catalog.js';
import { assertMayRoll, type DiceRoll, nextDiceSeq, type RandomInt, rollDice } from '../domain/dice.js';
import { type Pair, personInPair } from '../domain/pair.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { loadParticipantSession } from './participantSession.js';
import { changeSession } from './sessionChanges.js';

/** A roll as both people see it: in the answer, in the `dice.rolled` event and in the session's state. */
export function diceRollView(roll: DiceRoll, pair: Pair, catalog: Catalog) {
  const roller = personInPair(pair, roll.rolledBy);
  return {
    seq: roll.seq,
    face: { id: roll.faceId, label: catalogLabel(catalog, 'diceFaces', roll.faceId) },
    rolledBy: { id: roller.id, displayName: roller.displayName },
    rolledAt: roll.rolledAt.toISOString(),
  };
}

/** One of the pair rolls the dice-talk die during the 1on1; the server rolls, so both see the same face. */
export async function rollDiceTalk(
  data: TenantData,
  notifier: SessionChangeNotifier,
  sessionId: string,
  actorId: string,
  dice: { randomInt: RandomInt; now: () => Date },
): Promise<ReturnType<typeof diceRollView>> {
  return changeSession(data, notifier, sessionId, async (trx, record) => {
    const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
    assertMayRoll(session.status);
    const catalog = await trx.catalog.load();
    const face = rollDice(catalog.diceFaces, dice.randomInt);
    const seq = nextDiceSeq(await trx.dice.latest(session.id));
    const roll = await trx.dice.append(session.id, { seq, faceId: face.id, rolledBy: actorId }, dice.now());
    const presented = diceRollView(roll, pair, catalog);
    await record('dice.rolled', { roll: presented });
    return presented;
  });
}
