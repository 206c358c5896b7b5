import { ApiError } from '../../api/ApiError';
import type { SessionStatus } from '../../api/types';

/**
 * What to tell the person when the server did not keep an agenda change, once the agenda has been
 * reloaded (`freshStatus`: the 1on1's status then, null when even the reload failed). The change is
 * rolled back either way; the wording says whether the agenda moved underneath (`stale`) or the
 * write simply failed.
 */
export interface RefusedWrite {
  outcome: 'stale' | 'failed';
  intent: 'warning' | 'error';
  message: 'prepare.ended' | 'prepare.conflict' | 'prepare.saveFailed';
}

export function afterRefusedWrite(error: unknown, freshStatus: SessionStatus | null): RefusedWrite {
  if (freshStatus === 'ended') return { outcome: 'stale', intent: 'warning', message: 'prepare.ended' };
  // A conflict means our copy was stale; someone else changed the agenda first.
  if (error instanceof ApiError && error.isConflict)
    return { outcome: 'stale', intent: 'warning', message: 'prepare.conflict' };
  return { outcome: 'failed', intent: 'error', message: 'prepare.saveFailed' };
}
