import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { actionItemsText } from '../../i18n/actionItems';
import { useNamespace } from '../../i18n/useT';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * "Delete this action item?" in place of the item's buttons. Focus lands on "Keep it" (which the
 * question describes, so a screen reader reads both), a stray Enter keeps the item, and Escape
 * backs out: deleting takes a deliberate second choice.
 */
export function DeleteConfirm(props: { text: string; onDelete(): void; onKeep(): void }) {
  const styles = useStyles();
  const { t } = useNamespace(actionItemsText);
  const questionId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keep.current?.focus();
  }, []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would dress a one-line question as a form
    <span
      role="group"
      aria-labelledby={questionId}
      className={styles.root}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onKeep();
      }}
      data-testid="action-item-delete-confirm"
    >
      <Caption1 id={questionId}>{t('actions.delete.confirm', { text: props.text })}</Caption1>
      <Button
        size="small"
        appearance="primary"
        aria-describedby={questionId}
        onClick={props.onDelete}
        data-testid="action-item-delete-yes"
      >
        {t('actions.delete.yes')}
      </Button>
      <Button
        size="small"
        ref={keep}
        aria-describedby={questionId}
        onClick={props.onKeep}
        data-testid="action-item-delete-no"
      >
        {t('actions.delete.no')}
      </Button>
    </span>
  );
}
