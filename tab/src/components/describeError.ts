import { ApiError } from '../api/ApiError';
import type { Translate } from '../i18n/I18nProvider';

/** A sentence for the user: the server's localised problem detail when it sent one. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('error.network');
    return error.problem?.detail ?? error.problem?.title ?? t('error.unexpected');
  }
  return t('error.unexpected');
}
