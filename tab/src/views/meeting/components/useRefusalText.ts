import { useT } from '../../../i18n/useT';

/**
 * Why the server refused a draft's last send, worded for its box (a memo, an item note); null
 * while nothing was refused. The text stays in the box with this reason until the person decides.
 */
export function useRefusalText(draft: { refusal?: string | null } | null): string | null {
  const { t } = useT();
  if (draft?.refusal === undefined) return null;
  return t('text.refused', { reason: draft.refusal ?? t('text.refusedUnknown') });
}
