import { reminderCard } from '@taiwa/bot';
import { loadDeliverableSessionAndPair, localeFor, reminderCardModel } from '../../services/cardModels.js';
import { type CardJobDeps, deliverCard } from '../cardDelivery.js';
import { type JobKind, payloadString } from '../jobKind.js';

export const REMINDER_CARD = 'card.reminder';

export interface ReminderPayload {
  sessionId: string;
  timing: 'dayBefore' | 'soon';
  /** The start the reminder was planned for: a 1on1 moved since gets its own reminders instead. */
  scheduledStart: string;
}

/** Before a 1on1: the member's reminder to choose themes and hoped-for responses. */
export function reminderCardJob(deps: CardJobDeps): JobKind<ReminderPayload> {
  return {
    name: REMINDER_CARD,
    maxAttempts: 5,
    parse: (payload) => {
      const timing = payloadString(payload, 'timing');
      if (timing !== 'dayBefore' && timing !== 'soon') throw new Error('job payload has an unknown timing');
      return {
        sessionId: payloadString(payload, 'sessionId'),
        timing,
        scheduledStart: payloadString(payload, 'scheduledStart'),
      };
    },
    async run(payload, context) {
      const found = await loadDeliverableSessionAndPair(context.data, payload.sessionId);
      if (found === null || found.session.status !== 'planned' || found.session.cancelledAt !== null) return;
      if (found.session.scheduledStart.getTime() !== new Date(payload.scheduledStart).getTime()) return;
      // A reminder that comes after the start helps nobody.
      if (context.now().getTime() >= found.session.scheduledStart.getTime()) return;
      const locale = await localeFor(context.data, found.pair.member.id);
      const model = await reminderCardModel(context.data, found, payload.timing, locale, deps.links);
      await deliverCard(context, deps, found.pair.member.id, reminderCard(model));
    },
  };
}
