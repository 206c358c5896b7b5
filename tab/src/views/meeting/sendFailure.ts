import { ApiError } from '../../api/ApiError';
import { worthRetrying } from './writeOutcome';

/**
 * What a failed memo send means for the outbox:
 * - `keep`: no answer, the server busy or briefly down, too many writes at once — the edit stays
 *   queued and is sent again later (offline is just a long `keep`);
 * - `conflict`: someone else changed or removed the memo — the text comes back beside theirs;
 * - `refused`: the server will not take this text — it comes back into its box with the reason.
 */
export type SendFailure = 'keep' | 'conflict' | 'refused';

export function sendFailureOf(error: unknown): SendFailure {
  if (worthRetrying(error) || !(error instanceof ApiError)) return 'keep';
  if (error.isConflict || error.status === 404 || error.status === 410) return 'conflict';
  return 'refused';
}
