import { calendarWatchStoppedCard } from '@taiwa/bot';
import { partnerOf } from '../../domain/pair.js';
import { loadDeliverableSessionAndPair, localeFor } from '../../services/cardModels.js';
import { type CardJobDeps, cardKey, deliverCard } from '../cardDelivery.js';
import { type JobKind, type SessionRecipientPayload, sessionRecipientPayload } from '../jobKind.js';

export const CALENDAR_WATCH_NOTICE = 'notice.calendarWatchStopped';

export const calendarWatchNoticeKey = (sessionId: string, recipientId: string) =>
  cardKey('calendarWatchStopped', sessionId, recipientId);

/**
 * Tells one of the pair, once, that Taiwa stopped following their booked Outlook event because
 * Microsoft 365 kept refusing to let it read it.
 */
export function calendarWatchNoticeJob(deps: CardJobDeps): JobKind<SessionRecipientPayload> {
  return {
    name: CALENDAR_WATCH_NOTICE,
    maxAttempts: 5,
    parse: sessionRecipientPayload,
    async run({ sessionId, recipientId }, context) {
      const found = await loadDeliverableSessionAndPair(context.data, sessionId);
      if (found === null) return;
      const { pair, session } = found;
      const partner = partnerOf(pair, recipientId);
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
