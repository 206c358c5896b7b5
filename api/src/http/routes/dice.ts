import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { RandomInt } from '../../domain/dice.js';
import type { SessionChangeNotifier } from '../../realtime/notifier.js';
import { rollDiceTalk } from '../../services/diceTalk.js';
import { DateTime, LocalizedText, problemResponses, SessionParams } from '../schemas.js';

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
        params: SessionParams,
        response: { 201: DiceRollSchema, ...problemResponses, 409: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const view = await rollDiceTalk(request.data, options.notifier, sessionId, request.actor.id, options);
      return reply.code(201).send(view);
    },
  );
}
