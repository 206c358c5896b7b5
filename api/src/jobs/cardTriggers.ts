import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import type { AgendaItem } from '../domain/agenda.js';
import { nextWorkingDay } from '../domain/reminders.js';
import { nextSessionAfter } from '../services/cardModels.js';
import { cardKey } from './cardDelivery.js';
import { FOLLOW_UP_CHECK } from './kinds/followUpCheck.js';
import { MANAGER_NOTICE_CARD } from './kinds/managerNoticeCard.js';
import { RATING_CARD } from './kinds/ratingCard.js';
import { WRAP_UP_CARD } from './kinds/wrapUpCard.js';

/** A member adding several items in a row gets one notice to the manager, sent after they pause. */
const NOTICE_SETTLE_MS = 2 * 60_000;

/**
 * The moments that queue cards. Each runs inside the transaction of the change that causes it, so
 * a card is queued exactly when its cause is committed.
 */
export interface CardTriggers {
  /** sessionLifecycle.onEnded: the member's rating, the manager's wrap-up, the follow-up check. */
  sessionEnded(trx: TenantData, session: SessionRecord): Promise<void>;
  /** preparation.onMemberPrepared: the manager hears what the member wants to talk about. */
  memberPrepared(trx: TenantData, session: SessionRecord, item: AgendaItem): Promise<void>;
}

export function createCardTriggers(options: { now: () => Date; afterCommit: () => void }): CardTriggers {
  return {
    async sessionEnded(trx, session) {
      const pair = await trx.pairs.findById(session.pairId);
      if (pair === null) return;
      const at = options.now();
      await trx.jobs.enqueue({
        kind: RATING_CARD,
        idempotencyKey: cardKey('rating', session.id, pair.member.id),
        payload: { sessionId: session.id },
        runAt: at,
        maxAttempts: 8,
      });
      if ((await nextSessionAfter(trx, session)) === null) {
        await trx.jobs.enqueue({
          kind: WRAP_UP_CARD,
          idempotencyKey: cardKey('wrapUp', session.id, pair.manager.id),
          payload: { sessionId: session.id },
          runAt: at,
          maxAttempts: 8,
        });
        await trx.jobs.enqueue({
          kind: FOLLOW_UP_CHECK,
          idempotencyKey: `followUp.check:${session.id}`,
          payload: { sessionId: session.id },
          runAt: nextWorkingDay(at),
          maxAttempts: 5,
        });
      }
      // The runner may start before this transaction commits; it then finds the jobs on its next look.
      queueMicrotask(options.afterCommit);
    },

    async memberPrepared(trx, session) {
      const pair = await trx.pairs.findById(session.pairId);
      if (pair === null || session.status === 'ended') return;
      await trx.jobs.enqueue({
        kind: MANAGER_NOTICE_CARD,
        idempotencyKey: cardKey('managerNotice', session.id, pair.manager.id),
        payload: { sessionId: session.id },
        runAt: new Date(options.now().getTime() + NOTICE_SETTLE_MS),
        maxAttempts: 5,
      });
    },
  };
}
