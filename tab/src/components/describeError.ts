import { ApiError } from '../api/ApiError';
import type { Translate } from '../i18n/I18nProvider';

/**
 * A sentence for the user: the problem's title, which the server writes in the language the tab
 * asked for (Accept-Language). The detail is for developers and stays English.
 */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('error.network');
    return error.problem?.title ?? t('error.unexpected');
  }
  return t('error.unexpected');
}
