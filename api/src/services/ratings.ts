import type { TenantData } from '../data/tenantData.js';
import {
  assertMayRate,
  assertRateable,
  decideRating,
  type Rating,
  type RatingInput,
} from '../domain/rating.js';
import { loadParticipantSession } from './participantSession.js';

export interface RatingResult {
  outcome: 'create' | 'update' | 'unchanged';
  rating: Rating;
}

/**
 * The member rates an ended 1on1, from the bot's card or from the tab: the same rules either way.
 * Non-participants see no such session; the manager may not rate.
 */
export async function submitRating(
  data: TenantData,
  actorId: string,
  sessionId: string,
  input: RatingInput,
  now: Date,
): Promise<RatingResult> {
  return data.transaction(async (trx) => {
    const { session, pair, role } = await loadParticipantSession(trx, sessionId, actorId);
    assertMayRate(role);
    assertRateable(session.status);
    const [items, existing] = await Promise.all([
      trx.agenda.listForSession(session.id),
      trx.ratings.find(session.id),
    ]);
    const decision = decideRating(existing, input, items, now);
    if (decision.action !== 'unchanged') {
      await trx.ratings.save(
        { sessionId: session.id, memberId: pair.member.id, managerId: pair.manager.id },
        decision.content,
        now,
      );
    }
    const rating = await trx.ratings.find(session.id);
    if (rating === null) throw new Error('the rating just saved is missing');
    return { outcome: decision.action, rating };
  });
}
