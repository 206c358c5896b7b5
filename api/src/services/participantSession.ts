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

/** The pair as its participant sees it; anyone else gets the same 404 as for a pair that does not exist. */
export async function participantPair(
  data: TenantData,
  pairId: string,
  userId: string,
  options: { pending?: 'member' } = {},
): Promise<{ pair: Pair; role: PairRole }> {
  const pair = await data.pairs.findById(pairId);
  const role = pair === null ? null : roleInPair(pair, userId);
  if (pair === null || role === null) throw notFound('pair');
  // A pair the member has not confirmed shows nothing of them; only the member may answer it.
  if (pair.status === 'pending' && !(options.pending === 'member' && role === 'member')) {
    throw notFound('pair');
  }
  return { pair, role };
}
