import { nextSessionAfter } from '../../services/cardModels.js';
import { cardKey } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';
import { FOLLOW_UP_CARD } from './followUpCard.js';

export const FOLLOW_UP_CHECK = 'followUp.check';

/**
 * A working day after a 1on1: if the pair still has no next one, queue one follow-up card to each.
 * The cards' keys make the nudge happen once, however often this check runs.
 */
export function followUpCheckJob(onQueued: () => void): JobKind<{ sessionId: string }> {
  return {
    name: FOLLOW_UP_CHECK,
    maxAttempts: 5,
    parse: (payload) => ({ sessionId: payloadString(payload, 'sessionId') }),
    async run({ sessionId }, context) {
      const session = await context.data.sessions.findById(sessionId);
      if (session === null || (await nextSessionAfter(context.data, session)) !== null) return;
      const pair = await context.data.pairs.findById(session.pairId);
      // An ended pair is not nudged to meet again.
      if (pair === null || pair.status !== 'established') return;
      await context.data.transaction(async (trx) => {
        for (const recipient of [pair.member, pair.manager]) {
          await trx.jobs.enqueue({
            kind: FOLLOW_UP_CARD,
            idempotencyKey: cardKey('followUp', sessionId, recipient.id),
            payload: { sessionId, recipientId: recipient.id },
            runAt: context.now(),
            maxAttempts: 5,
          });
        }
      });
      onQueued();
    },
  };
}
