import { managerNoticeCard } from '@taiwa/bot';
import { loadDeliverableSessionAndPair, localeFor, managerNoticeModel } from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const MANAGER_NOTICE_CARD = 'card.managerNotice';

/** When the member has prepared: the manager sees the themes and the responses hoped for. */
export function managerNoticeCardJob(deps: CardJobDeps): JobKind<{ sessionId: string }> {
  return {
    name: MANAGER_NOTICE_CARD,
    maxAttempts: 5,
    parse: (payload) => ({ sessionId: payloadString(payload, 'sessionId') }),
    async run({ sessionId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null || found.session.status === 'ended') return;
      const locale = await localeFor(context.data, found.pair.manager.id);
      const model = await managerNoticeModel(context.data, found, locale, deps.links);
      // The member may have removed everything again in the meantime.
      if (model.items.length === 0) return;
      await deliverCard(context, deps, found.pair.manager.id, managerNoticeCard(model));
    },
  };
}
