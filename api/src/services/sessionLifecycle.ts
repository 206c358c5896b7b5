import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { STATUS_REACHABLE_FROM } from '../domain/session.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { carryOver } from './carryOver.js';
import { changeSession } from './sessionChanges.js';

/**
 * Work that must happen in the same transaction as a session ending, such as enqueueing the
 * member's rating card: if the end commits, so does the work; if not, neither.
 */
export type EndedSessionHook = (trx: TenantData, session: SessionRecord) => Promise<void>;

export interface SessionLifecycle {
  /** planned → live. Returns the session, or null when it was already live or ended. */
  start(data: TenantData, sessionId: string, at: Date): Promise<SessionRecord | null>;
  /** planned/live → ended, then carry-over and the end hooks. Null when it had already ended. */
  end(data: TenantData, sessionId: string, at: Date): Promise<SessionRecord | null>;
  onEnded(hook: EndedSessionHook): void;
}

/** The one place a session changes status, whether the tab, the bot or a job asks. */
export function createSessionLifecycle(notifier: SessionChangeNotifier): SessionLifecycle {
  const endedHooks: EndedSessionHook[] = [];
  return {
    start(data, sessionId, at) {
      return changeSession(data, notifier, sessionId, async (trx, record) => {
        const session = await trx.sessions.transition(sessionId, STATUS_REACHABLE_FROM.live, 'live', at);
        if (session !== null) await record('session.status', { status: 'live' });
        return session;
      });
    },
    end(data, sessionId, at) {
      return changeSession(data, notifier, sessionId, async (trx, record) => {
        const session = await trx.sessions.transition(sessionId, STATUS_REACHABLE_FROM.ended, 'ended', at);
        if (session === null) return null;
        await record('session.status', { status: 'ended' });
        await carryOver(trx, session.id);
        for (const hook of endedHooks) await hook(trx, session);
        return session;
      });
    },
    onEnded(hook) {
      endedHooks.push(hook);
    },
  };
}
