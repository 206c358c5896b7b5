import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useMeetingT } from '../messages';
import type { MemoConflict } from '../useMeeting';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  version: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Starts the merge from both texts, without repeating what they already share. */
export function mergeDraft(theirs: string, mine: string): string {
  if (theirs === mine || theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  return `${theirs}\n${mine}`;
}

/** A simultaneous edit: both versions side by side and a combined text to save. Nothing is dropped. */
export function ConflictMerge(props: { conflict: MemoConflict; onResolve(body: string | null): void }) {
  const styles = useStyles();
  const { t } = useMeetingT();
  const { theirs, mine } = props.conflict;
  const [merged, setMerged] = useState(() => mergeDraft(theirs?.body ?? '', mine));
  return (
    <div className={styles.root} data-testid="memo-conflict">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('conflict.title', { name: theirs?.author.displayName ?? '' })}</MessageBarTitle>
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
      <Field label={t('conflict.merged')}>
        <Textarea
          value={merged}
          onChange={(_, data) => setMerged(data.value)}
          resize="vertical"
          rows={4}
          data-testid="conflict-merged"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => props.onResolve(merged)} data-testid="conflict-save">
          {t('conflict.save')}
        </Button>
        {theirs !== null && <Button onClick={() => props.onResolve(null)}>{t('conflict.useTheirs')}</Button>}
      </div>
    </div>
  );
}
