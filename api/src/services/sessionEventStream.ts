import type { TenantData } from '../data/tenantData.js';
import type { ReadEventsAfter } from '../realtime/sessionFanout.js';
import { loadParticipantSession } from './participantSession.js';

export interface SessionEventSource {
  tenantId: string;
  sessionId: string;
  /** The event the stream starts after: the client's Last-Event-ID, else the latest (null: none yet). */
  after: string | null;
  readAfter: ReadEventsAfter;
}

/** Where one of the pair's live stream of a 1on1's events starts, and how it reads on. */
export async function sessionEventSource(
  data: TenantData,
  sessionId: string,
  actorId: string,
  lastEventId: string | undefined,
): Promise<SessionEventSource> {
  const { session } = await loadParticipantSession(data, sessionId, actorId);
  const after = lastEventId ?? (await data.events.latestId(session.id));
  return {
    tenantId: data.tenantId,
    sessionId: session.id,
    after,
    readAfter: (afterId, limit) => data.events.listAfter(session.id, afterId, limit),
  };
}
