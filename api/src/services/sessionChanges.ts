import type { TenantData } from '../data/tenantData.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';

export type SessionEventType =
  | 'agenda.changed'
  | 'memo.changed'
  | 'memo.deleted'
  | 'item-note.changed'
  | 'dice.rolled'
  | 'session.status'
  | 'session.next'
  | 'action.changed'
  | 'summary.changed';

export interface SessionEventPayload {
  /** Set when only one person may see the event (a private memo): everybody else never receives it. */
  visibleTo?: string;
  [key: string]: unknown;
}

/**
 * Runs a change to a session and records what happened in the session's event log in the same
 * transaction; only after the commit are listeners told, so they never read an uncommitted event.
 */
export async function changeSession<T>(
  data: TenantData,
  notifier: SessionChangeNotifier,
  sessionId: string,
  work: (
    trx: TenantData,
    record: (type: SessionEventType, payload: SessionEventPayload) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  const touched = new Set<string>();
  const result = await data.transaction(async (trx) => {
    await trx.events.serialize(sessionId);
    return work(trx, async (type, payload) => {
      await trx.events.append(sessionId, type, payload);
      touched.add(sessionId);
    });
  });
  for (const id of touched) notifier.sessionChanged(data.tenantId, id);
  return result;
}
