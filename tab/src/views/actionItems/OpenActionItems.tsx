import { Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { actionItemsText } from '../../i18n/actionItems';
import { useNamespace } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { ActionItemList } from './ActionItemList';
import { type ActionItemView, actionItemsEndpoints } from './actionItemsApi';

/**
 * The pair's open action items as a 1on1 will show them, read-only: on the preparation page and
 * in the manager's preview, so both come to the 1on1 knowing what is still to be done.
 */
export default function OpenActionItems(props: {
  sessionId: string;
  names: { member: string; manager: string };
}) {
  const { t } = useNamespace(actionItemsText);
  const api = useEndpoints(actionItemsEndpoints);
  const [items, setItems] = useState<ActionItemView[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.list(props.sessionId).then(
      (loaded) => {
        if (current) setItems(loaded.filter((item) => !item.done));
      },
      (error: unknown) => {
        if (current) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [api, props.sessionId]);

  return (
    <section aria-labelledby={`open-actions-${props.sessionId}`} data-testid="open-action-items">
      <Subtitle2 as="h3" id={`open-actions-${props.sessionId}`}>
        {t('actions.openTitle')}
      </Subtitle2>
      {items === null && failed === null && <Spinner size="tiny" label={t('actions.loading')} />}
      {failed !== null && <Caption1 role="alert">{t('actions.loadFailed', { reason: failed })}</Caption1>}
      {items !== null && items.length === 0 && <Caption1>{t('actions.noneOpen')}</Caption1>}
      {items !== null && items.length > 0 && (
        <ActionItemList items={items} names={props.names} testId="open-action-items-list" />
      )}
    </section>
  );
}
