import { my1on1sCard } from '@taiwa/bot';
import { localeFor, my1on1sModel } from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const PRIVATE_MY_1ON1S_CARD = 'card.my1on1s';

/**
 * "my 1on1s" asked in a meeting or group chat: the whole list goes to the asker's personal chat
 * with Taiwa, where nobody else reads it.
 */
export function privateMy1on1sCardJob(deps: CardJobDeps): JobKind<{ userId: string; locale: string | null }> {
  return {
    name: PRIVATE_MY_1ON1S_CARD,
    maxAttempts: 5,
    parse: (payload) => {
      const locale =
        typeof payload === 'object' && payload !== null ? (payload as { locale?: unknown }).locale : null;
      return { userId: payloadString(payload, 'userId'), locale: typeof locale === 'string' ? locale : null };
    },
    async run({ userId, locale }, context) {
      const model = await my1on1sModel(
        context.data,
        userId,
        await localeFor(context.data, userId, locale),
        deps.links,
        context.now(),
      );
      await deliverCard(context, deps, userId, my1on1sCard(model));
    },
  };
}
