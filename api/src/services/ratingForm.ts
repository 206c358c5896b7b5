import type { AgendaLine } from '@taiwa/bot';
import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import type { Pair } from '../domain/pair.js';
import { assertMayRate, assertRateable, type Rating, rateableItems } from '../domain/rating.js';
import { type RatingView, ratingViewFor } from '../domain/ratingVisibility.js';
import { agendaLines } from './cardModels.js';
import { loadParticipantSession } from './participantSession.js';

export interface RatingForm {
  session: SessionRecord;
  pair: Pair;
  /** The agenda items the member rates, worded from the catalog. */
  items: AgendaLine[];
  rating: Rating | null;
  /** What the manager sees of this rating. */
  managerSees: RatingView;
}

/** The member's rating form of an ended 1on1: only the member rates, and only once the 1on1 has ended. */
export async function viewRatingForm(
  data: TenantData,
  sessionId: string,
  actorId: string,
): Promise<RatingForm> {
  const { session, pair, role } = await loadParticipantSession(data, sessionId, actorId);
  assertMayRate(role);
  assertRateable(session.status);
  const [items, catalog, rating] = await Promise.all([
    data.agenda.listForSession(session.id),
    data.catalog.load(),
    data.ratings.find(session.id),
  ]);
  return {
    session,
    pair,
    items: agendaLines(rateableItems(items), catalog),
    rating,
    managerSees: ratingViewFor('manager', rating ?? undefined),
  };
}
