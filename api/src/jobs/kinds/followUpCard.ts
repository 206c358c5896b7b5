import { followUpCard } from '@taiwa/bot';
import { loadDeliverableSessionAndPair, localeFor, nextSessionAfter } from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const FOLLOW_UP_CARD = 'card.followUp';

/** The gentle nudge to one of the pair when the next 1on1 still has no date. */
export function followUpCardJob(deps: CardJobDeps): JobKind<{ sessionId: string; recipientId: string }> {
  return {
    name: FOLLOW_UP_CARD,
    maxAttempts: 5,
    parse: (payload) => ({
      sessionId: payloadString(payload, 'sessionId'),
      recipientId: payloadString(payload, 'recipientId'),
    }),
    async run({ sessionId, recipientId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null) return;
      // Booked since the check queued this card: say nothing.
      if ((await nextSessionAfter(context.data, found.session)) !== null) return;
      const { pair, session } = found;
      const partner = recipientId === pair.manager.id ? pair.member : pair.manager;
      const locale = await localeFor(context.data, recipientId);
      const card = followUpCard({
        locale,
        sessionId,
        scheduledStart: session.scheduledStart.toISOString(),
        tabUrl: deps.links.session(sessionId),
        partnerName: partner.displayName,
      });
      await deliverCard(context, deps, recipientId, card);
    },
  };
}
