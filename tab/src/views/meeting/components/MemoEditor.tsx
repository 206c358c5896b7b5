import { Badge, Button, Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import type { MemoKind } from '../../../api/types';
import type { DisplayedMemo } from '../displayedMemos';
import { useMeetingT } from '../messages';
import type { MemoConflict } from '../useMeeting';
import { ConflictMerge } from './ConflictMerge';
import { Section } from './Section';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * One memo kept as a single text: the manager's private memo, or the next-topics memo both write.
 * It saves on blur and with the button; what is being typed is never replaced by a remote change.
 */
export function MemoEditor(props: {
  id: string;
  kind: MemoKind;
  title: string;
  label: string;
  hint: string;
  badge?: ReactNode;
  memo: DisplayedMemo | undefined;
  conflicts: MemoConflict[];
  disabled?: boolean;
  testId: string;
  onSave(memo: DisplayedMemo | undefined, body: string): void;
  onResolve(conflict: MemoConflict, body: string | null): void;
}) {
  const styles = useStyles();
  const { t } = useMeetingT();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? props.memo?.body ?? '';
  const conflicts = props.conflicts.filter(
    (c) =>
      c.kind === props.kind &&
      (props.memo === undefined || c.theirs === null || c.theirs.id === props.memo.id),
  );

  const save = () => {
    if (draft === null) return;
    if (props.memo === undefined && draft.trim() === '') {
      setDraft(null);
      return;
    }
    if (draft !== props.memo?.body) props.onSave(props.memo, draft);
    setDraft(null);
  };

  return (
    <Section id={props.id} title={props.title} badge={props.badge} testId={props.testId}>
      <Caption1>{props.hint}</Caption1>
      {conflicts.map((conflict) => (
        <ConflictMerge
          key={conflict.key}
          conflict={conflict}
          onResolve={(body) => props.onResolve(conflict, body)}
        />
      ))}
      <Field label={props.label}>
        <Textarea
          value={shown}
          onChange={(_, data) => setDraft(data.value)}
          onBlur={save}
          resize="vertical"
          rows={4}
          disabled={props.disabled}
          data-testid={`${props.testId}-input`}
        />
      </Field>
      <div className={styles.row}>
        <Button
          size="small"
          appearance="primary"
          onClick={save}
          disabled={draft === null}
          data-testid={`${props.testId}-save`}
        >
          {t('memos.save')}
        </Button>
        {props.memo?.pending === true && (
          <Badge appearance="tint" color="warning" size="small">
            {t('memos.pending')}
          </Badge>
        )}
        {props.memo !== undefined && !props.memo.pending && draft === null && (
          <Caption1>{t('memos.saved')}</Caption1>
        )}
      </div>
    </Section>
  );
}
