import { ratingCard } from '@taiwa/bot';
import { loadDeliverableSessionAndPair, localeFor, ratingCardModel } from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const RATING_CARD = 'card.rating';

/** After a 1on1 ends: the member's rating card (すっきり度, fit per item, impressions). */
export function ratingCardJob(deps: CardJobDeps): JobKind<{ sessionId: string }> {
  return {
    name: RATING_CARD,
    maxAttempts: 8,
    parse: (payload) => ({ sessionId: payloadString(payload, 'sessionId') }),
    async run({ sessionId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null || found.session.status !== 'ended') return;
      const locale = await localeFor(context.data, found.pair.member.id);
      const model = await ratingCardModel(context.data, found, locale, deps.links, context.now());
      await deliverCard(context, deps, found.pair.member.id, ratingCard(model));
    },
  };
}
