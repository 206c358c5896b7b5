import { calendarWatchStoppedCard } from '@taiwa/bot';
import { loadDeliverableSessionAndPair, localeFor } from '../../services/cardModels.js';
import { type CardJobDeps, cardKey, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const CALENDAR_WATCH_NOTICE = 'notice.calendarWatchStopped';

export const calendarWatchNoticeKey = (sessionId: string, recipientId: string) =>
  cardKey('calendarWatchStopped', sessionId, recipientId);

/**
 * Tells one of the pair, once, that Taiwa stopped following their booked Outlook event because
 * Microsoft 365 kept refusing to let it read it.
 */
export function calendarWatchNoticeJob(
  deps: CardJobDeps,
): JobKind<{ sessionId: string; recipientId: string }> {
  return {
    name: CALENDAR_WATCH_NOTICE,
    maxAttempts: 5,
    parse: (payload) => ({
      sessionId: payloadString(payload, 'sessionId'),
      recipientId: payloadString(payload, 'recipientId'),
    }),
    async run({ sessionId, recipientId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null) return;
      const { pair, session } = found;
      const partner = recipientId === pair.manager.id ? pair.member : pair.manager;
      const card = calendarWatchStoppedCard({
        locale: await localeFor(context.data, recipientId),
        scheduledStart: session.scheduledStart.toISOString(),
        partnerName: partner.displayName,
        tabUrl: deps.links.session(sessionId),
      });
      await deliverCard(context, deps, recipientId, card);
    },
  };
}
