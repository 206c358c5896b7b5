import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TEXT_LIMITS } from '../../../api/limits';
import type { Memo } from '../../../api/types';
import { meetingText } from '../../../i18n/meeting';
import { useNamespace, useT } from '../../../i18n/useT';
import { LimitedTextField, withinLimit } from '../../../textField/LimitedTextField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  version: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * A simultaneous edit: both versions side by side and a combined text to save. Nothing is dropped;
 * the combined text is the box's draft, so it survives a reload too.
 */
export function ConflictMerge(props: {
  /** The memo (or item note) as the server has it now; null when it was deleted. */
  theirs: Pick<Memo, 'body'> | null;
  /** Who changed it: the other person of the 1on1. */
  name: string;
  mine: string;
  text: string;
  onChange(text: string): void;
  onSave(): void;
  /** Drops this person's version (or, when the memo was deleted, their text). */
  onKeepTheirs(): void;
}) {
  const styles = useStyles();
  const { t } = useNamespace(meetingText);
  const app = useT();
  const { theirs, mine } = props;
  const sendable =
    withinLimit(props.text, TEXT_LIMITS.memoBody) && (theirs !== null || props.text.trim() !== '');
  return (
    <div className={styles.root} data-testid="memo-conflict">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('conflict.title', { name: props.name })}</MessageBarTitle>
          {theirs === null ? t('conflict.gone') : t('conflict.body')}
        </MessageBarBody>
      </MessageBar>
      {theirs !== null && (
        <>
          <Text weight="semibold">{t('conflict.theirs')}</Text>
          <div className={styles.version} data-testid="conflict-theirs">
            {theirs.body}
          </div>
        </>
      )}
      <Text weight="semibold">{t('conflict.yours')}</Text>
      <div className={styles.version} data-testid="conflict-mine">
        {mine}
      </div>
      <LimitedTextField
        label={t('conflict.merged')}
        value={props.text}
        onChange={props.onChange}
        limit={TEXT_LIMITS.memoBody}
        rows={4}
        testId="conflict-merged"
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!sendable} onClick={props.onSave} data-testid="conflict-save">
          {t('conflict.save')}
        </Button>
        <Button onClick={props.onKeepTheirs} data-testid="conflict-keep-theirs">
          {theirs === null ? app.t('text.discard') : t('conflict.useTheirs')}
        </Button>
      </div>
    </div>
  );
}
