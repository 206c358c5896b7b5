import {
  Badge,
  Button,
  Caption1,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import type { DisplayedMemo } from '../displayedMemos';
import { useMeetingT } from '../messages';
import type { MemoConflict } from '../useMeeting';
import { ConflictMerge } from './ConflictMerge';
import { Section } from './Section';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  memo: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** Shared memos: both read them; each adds, edits and deletes their own, with author and time. */
export function SharedMemos(props: {
  memos: DisplayedMemo[];
  meId: string;
  conflicts: MemoConflict[];
  onAdd(body: string): void;
  onEdit(memo: DisplayedMemo, body: string): void;
  onDelete(memo: DisplayedMemo): void;
  onResolve(conflict: MemoConflict, body: string | null): void;
}) {
  const styles = useStyles();
  const { t } = useMeetingT();
  const { format } = useT();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const conflicts = props.conflicts.filter((c) => c.kind === 'shared');

  const add = () => {
    if (draft.trim() === '') return;
    props.onAdd(draft);
    setDraft('');
  };

  return (
    <Section id="memos-title" title={t('memos.title')} testId="shared-memos">
      <Caption1>{t('memos.hint')}</Caption1>
      {conflicts.map((conflict) => (
        <ConflictMerge
          key={conflict.key}
          conflict={conflict}
          onResolve={(body) => props.onResolve(conflict, body)}
        />
      ))}
      {props.memos.length === 0 && <Text>{t('memos.empty')}</Text>}
      <ul className={styles.list}>
        {props.memos.map((memo) => {
          const mine = memo.author.id === props.meId;
          const isEditing = editing?.id === memo.id;
          return (
            <li key={memo.id} className={styles.memo} data-testid="shared-memo">
              {isEditing ? (
                <>
                  <Field label={t('memos.editLabel')}>
                    <Textarea
                      value={editing.body}
                      onChange={(_, data) => setEditing({ id: memo.id, body: data.value })}
                      resize="vertical"
                      data-testid="memo-edit-input"
                    />
                  </Field>
                  <div className={styles.row}>
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={editing.body.trim() === ''}
                      onClick={() => {
                        props.onEdit(memo, editing.body);
                        setEditing(null);
                      }}
                    >
                      {t('memos.save')}
                    </Button>
                    <Button size="small" onClick={() => setEditing(null)}>
                      {t('memos.cancel')}
                    </Button>
                  </div>
                </>
              ) : (
                <Text className={styles.body} data-testid="shared-memo-body">
                  {memo.body}
                </Text>
              )}
              <div className={styles.row}>
                <Caption1>
                  {t('memos.byAt', { name: memo.author.displayName, time: format.dateTime(memo.updatedAt) })}
                </Caption1>
                {memo.pending && (
                  <Badge appearance="tint" color="warning" size="small">
                    {t('memos.pending')}
                  </Badge>
                )}
              </div>
              {mine && !isEditing && (
                <div className={styles.row}>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => setEditing({ id: memo.id, body: memo.body })}
                  >
                    {t('memos.edit')}
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => props.onDelete(memo)}>
                    {t('memos.delete')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <Field label={t('memos.new')}>
        <Textarea
          value={draft}
          onChange={(_, data) => setDraft(data.value)}
          resize="vertical"
          data-testid="memo-new-input"
        />
      </Field>
      <Button onClick={add} disabled={draft.trim() === ''} data-testid="memo-add">
        {t('memos.add')}
      </Button>
    </Section>
  );
}
