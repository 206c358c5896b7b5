import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { notFound } from '../domain/errors.js';
import { type Pair, type PairRole, roleInPair } from '../domain/pair.js';

export interface ParticipantSession {
  session: SessionRecord;
  pair: Pair;
  role: PairRole;
}

/** A session as one of its two participants sees it; to anyone else it does not exist. */
export async function loadParticipantSession(
  data: TenantData,
  sessionId: string,
  userId: string,
): Promise<ParticipantSession> {
  const session = await data.sessions.findById(sessionId);
  const pair = session === null ? null : await data.pairs.findById(session.pairId);
  const role = pair === null ? null : roleInPair(pair, userId);
  // A pair the member has not confirmed has nothing to show its would-be manager (nor anyone).
  if (session === null || pair === null || role === null || pair.status === 'pending') {
    throw notFound('session');
  }
  return { session, pair, role };
}
