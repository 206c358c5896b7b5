import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { type Catalog, catalogLabel } from '../../domain/catalog.js';
import { assertMayRoll, type DiceRoll, nextDiceSeq, type RandomInt, rollDice } from '../../domain/dice.js';
import type { Pair } from '../../domain/pair.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { loadParticipantSession } from '../../services/participantSession.js';
import { changeSession } from '../../services/sessionChanges.js';
import { DateTime, Id, LocalizedText, problemResponses } from '../schemas.js';

export const DiceRollSchema = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  face: Type.Object({ id: Type.String(), label: LocalizedText }),
  rolledBy: Type.Object({ id: Type.String(), displayName: Type.String() }),
  rolledAt: DateTime,
});

export const DiceStateSchema = Type.Object({
  latest: Type.Union([DiceRollSchema, Type.Null()]),
  count: Type.Integer({ minimum: 0 }),
});

export function presentDiceRoll(roll: DiceRoll, pair: Pair, catalog: Catalog) {
  const roller = roll.rolledBy === pair.manager.id ? pair.manager : pair.member;
  return {
    seq: roll.seq,
    face: { id: roll.faceId, label: catalogLabel(catalog, 'diceFaces', roll.faceId) },
    rolledBy: { id: roller.id, displayName: roller.displayName },
    rolledAt: roll.rolledAt.toISOString(),
  };
}

/** Dice talk: the server rolls, so both people see the same face at once. */
export async function diceRoutes(
  app: FastifyInstance,
  options: { notifier: SessionChangeNotifier; randomInt: RandomInt; now: () => Date },
) {
  app.post(
    '/sessions/:sessionId/dice',
    {
      schema: {
        summary: 'Roll the dice-talk die; both participants see the same face',
        tags: ['dice'],
        params: Type.Object({ sessionId: Id }, { additionalProperties: false }),
        response: { 201: DiceRollSchema, ...problemResponses, 409: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const { actor, data } = request;
      const view = await changeSession(data, options.notifier, sessionId, async (trx, record) => {
        const { session, pair } = await loadParticipantSession(trx, sessionId, actor.id);
        assertMayRoll(session.status);
        const catalog = await trx.catalog.load();
        const face = rollDice(catalog.diceFaces, options.randomInt);
        const seq = nextDiceSeq(await trx.dice.latest(session.id));
        const roll = await trx.dice.append(
          session.id,
          { seq, faceId: face.id, rolledBy: actor.id },
          options.now(),
        );
        const presented = presentDiceRoll(roll, pair, catalog);
        await record('dice.rolled', { roll: presented });
        return presented;
      });
      return reply.code(201).send(view);
    },
  );
}
