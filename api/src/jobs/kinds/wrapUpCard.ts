import { wrapUpCard } from '@taiwa/bot';
import { loadDeliverableSessionAndPair, localeFor, wrapUpModel } from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const WRAP_UP_CARD = 'card.wrapUp';

/** After a 1on1 ends with no next one booked: the manager's summary, next topics and "book the next". */
export function wrapUpCardJob(deps: CardJobDeps): JobKind<{ sessionId: string }> {
  return {
    name: WRAP_UP_CARD,
    maxAttempts: 8,
    parse: (payload) => ({ sessionId: payloadString(payload, 'sessionId') }),
    async run({ sessionId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null || found.session.status !== 'ended') return;
      const locale = await localeFor(context.data, found.pair.manager.id);
      const model = await wrapUpModel(context.data, found, locale, deps.links);
      await deliverCard(context, deps, found.pair.manager.id, wrapUpCard(model));
    },
  };
}
