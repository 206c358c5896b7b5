import type { SessionStatus } from './session.js';

export interface EndableSession {
  id: string;
  status: SessionStatus;
  scheduledStart: Date;
  cancelledAt: Date | null;
}

/**
 * What an ended pair gives up: every 1on1 still planned (never opened, not already cancelled) that
 * starts after the end. Those are cancelled, not deleted, so anything already written on them stays
 * in the read-only history; a live 1on1 runs to its end, and a planned one whose start has passed is
 * history the pair may still read, not a meeting in anyone's future.
 */
export function sessionsGivenUpOnEnd<S extends EndableSession>(sessions: readonly S[], endedAt: Date): S[] {
  return sessions.filter(
    (session) =>
      session.status === 'planned' &&
      session.cancelledAt === null &&
      session.scheduledStart.getTime() > endedAt.getTime(),
  );
}
