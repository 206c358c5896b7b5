import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { type Pair, type PairRole, roleInPair } from '../domain/pair.js';

export interface MyPair {
  pair: Pair;
  role: PairRole;
  /** The pair's sessions, newest first. */
  sessions: SessionRecord[];
}

/** The actor's pairs, as manager or member, with their sessions and which ended ones are rated. */
export async function listMyPairs(
  data: TenantData,
  actorId: string,
): Promise<{ pairs: MyPair[]; ratedSessionIds: ReadonlySet<string> }> {
  const pairs = await data.pairs.listForUser(actorId);
  const sessions = await data.sessions.listForPairs(pairs.map((pair) => pair.id));
  const ended = sessions.filter((session) => session.status === 'ended').map((session) => session.id);
  const rated = new Set((await data.ratingStates.forSessions(ended)).keys());
  return {
    pairs: pairs.map((pair) => ({
      pair,
      role: roleInPair(pair, actorId) ?? 'member',
      sessions: sessions.filter((session) => session.pairId === pair.id),
    })),
    ratedSessionIds: rated,
  };
}
