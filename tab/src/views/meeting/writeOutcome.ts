import { ApiError } from '../../api/ApiError';

/**
 * How the meeting's writes (memos, item notes) read a failed send. No answer, the server busy or
 * briefly down, too many writes at once: try the same edit again later. Anything else is the
 * server's answer to this text, handed back to the person with its reason.
 */
export function worthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.isNetworkError || error.status >= 500 || [401, 408, 425, 429].includes(error.status);
}

/** The server's reason for refusing a write, as its problem title; null when it gave none. */
export const reasonOf = (error: unknown) =>
  error instanceof ApiError ? (error.problem?.title ?? null) : null;
