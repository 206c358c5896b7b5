import { followUpCard } from '@taiwa/bot';
import { partnerOf } from '../../domain/pair.js';
import {
  aboutSession,
  loadDeliverableSessionAndPair,
  localeFor,
  nextSessionAfter,
} from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, type SessionRecipientPayload, sessionRecipientPayload } from '../jobKind.js';

export const FOLLOW_UP_CARD = 'card.followUp';

/** The gentle nudge to one of the pair when the next 1on1 still has no date. */
export function followUpCardJob(deps: CardJobDeps): JobKind<SessionRecipientPayload> {
  return {
    name: FOLLOW_UP_CARD,
    maxAttempts: 5,
    parse: sessionRecipientPayload,
    async run({ sessionId, recipientId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null) return;
      // Booked since the check queued this card: say nothing.
      if ((await nextSessionAfter(context.data, found.session)) !== null) return;
      const { pair, session } = found;
      const card = followUpCard({
        ...aboutSession(session, await localeFor(context.data, recipientId), deps.links),
        partnerName: partnerOf(pair, recipientId).displayName,
      });
      await deliverCard(context, deps, recipientId, card);
    },
  };
}
