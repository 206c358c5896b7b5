import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TEXT_LIMITS } from '../../../api/limits';
import { StatusPill } from '../../../components/StatusPill';
import { meetingText } from '../../../i18n/meeting';
import { useNamespace, useT } from '../../../i18n/useT';
import { useDraft } from '../../../localData/useDraft';
import { LimitedTextField, withinLimit } from '../../../textField/LimitedTextField';
import type { DisplayedMemo } from '../displayedMemos';
import { draftField, type MemoBox, type MemoDraft } from '../memoDrafts';
import { ConflictMerge } from './ConflictMerge';
import { Section } from './Section';
import { useRefusalText } from './useRefusalText';

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
  alert: { color: tokens.colorPaletteRedForeground1 },
});

/** Shared memos: both read them; each adds, edits and deletes their own, with author and time. */
export function SharedMemos(props: {
  sessionId: string;
  memos: DisplayedMemo[];
  meId: string;
  /** Shared memos change only by their author: a conflict is with the author's other window. */
  meName: string;
  refusedDeletes: ReadonlyMap<string, string | null>;
  onSend(box: MemoBox): void;
  onDelete(memo: DisplayedMemo): void;
}) {
  const styles = useStyles();
  const { t } = useNamespace(meetingText);
  const [draft, setDraft] = useDraft<MemoDraft>(props.sessionId, draftField('shared.new'));
  const refusal = useRefusalText(draft);
  const text = draft?.text ?? '';
  const sendable = text.trim() !== '' && withinLimit(text, TEXT_LIMITS.memoBody);

  return (
    <Section id="memos-title" title={t('memos.title')} testId="shared-memos">
      <Caption1>{t('memos.hint')}</Caption1>
      {props.memos.length === 0 && <Text>{t('memos.empty')}</Text>}
      <ul className={styles.list}>
        {props.memos.map((memo) => (
          <SharedMemoItem
            key={memo.id}
            memo={memo}
            mine={memo.author.id === props.meId}
            sessionId={props.sessionId}
            refusedDelete={props.refusedDeletes.get(memo.id)}
            onSend={props.onSend}
            onDelete={() => props.onDelete(memo)}
          />
        ))}
      </ul>
      {draft?.conflict !== undefined ? (
        // An edit of a memo that was deleted meanwhile: the text waits here to become a new memo.
        <ConflictMerge
          theirs={null}
          name={props.meName}
          mine={draft.conflict.mine}
          text={text}
          onChange={(value) => setDraft({ ...draft, text: value })}
          onSave={() => props.onSend('shared.new')}
          onKeepTheirs={() => setDraft(null)}
        />
      ) : (
        <>
          <LimitedTextField
            label={t('memos.new')}
            value={text}
            onChange={(value) =>
              setDraft(
                value === '' && draft?.refusal === undefined
                  ? null
                  : { ...draft, text: value, memoId: null, baseVersion: 0 },
              )
            }
            limit={TEXT_LIMITS.memoBody}
            refusal={refusal}
            testId="memo-new-input"
          />
          <Button onClick={() => props.onSend('shared.new')} disabled={!sendable} data-testid="memo-add">
            {t('memos.add')}
          </Button>
        </>
      )}
    </Section>
  );
}

function SharedMemoItem(props: {
  memo: DisplayedMemo;
  mine: boolean;
  sessionId: string;
  refusedDelete: string | null | undefined;
  onSend(box: MemoBox): void;
  onDelete(): void;
}) {
  const styles = useStyles();
  const { t } = useNamespace(meetingText);
  const { t: appT, format } = useT();
  const { memo } = props;
  const box: MemoBox = `shared.${memo.id}`;
  const [draft, setDraft] = useDraft<MemoDraft>(props.sessionId, draftField(box));
  const refusal = useRefusalText(draft);
  const editing = draft !== null;
  const sendable =
    draft !== null && draft.text.trim() !== '' && withinLimit(draft.text, TEXT_LIMITS.memoBody);

  let content: ReactNode;
  if (draft?.conflict !== undefined) {
    content = (
      <ConflictMerge
        theirs={memo}
        // Only its author changes a shared memo: the other change came from their other window.
        name={memo.author.displayName}
        mine={draft.conflict.mine}
        text={draft.text}
        onChange={(value) => setDraft({ ...draft, text: value })}
        onSave={() => props.onSend(box)}
        onKeepTheirs={() => setDraft(null)}
      />
    );
  } else if (draft !== null) {
    content = (
      <>
        <LimitedTextField
          label={t('memos.editLabel')}
          value={draft.text}
          onChange={(value) => setDraft({ ...draft, text: value })}
          limit={TEXT_LIMITS.memoBody}
          refusal={refusal}
          testId="memo-edit-input"
        />
        <div className={styles.row}>
          <Button
            size="small"
            appearance="primary"
            disabled={!sendable}
            onClick={() => props.onSend(box)}
            data-testid="memo-edit-save"
          >
            {t('memos.save')}
          </Button>
          <Button size="small" onClick={() => setDraft(null)}>
            {t('memos.cancel')}
          </Button>
        </div>
      </>
    );
  } else {
    content = (
      <Text className={styles.body} data-testid="shared-memo-body">
        {memo.body}
      </Text>
    );
  }

  return (
    <li className={styles.memo} data-testid="shared-memo" data-pending={memo.pending}>
      {content}
      <div className={styles.row}>
        <Caption1>
          {t('memos.byAt', { name: memo.author.displayName, time: format.dateTime(memo.updatedAt) })}
        </Caption1>
        {memo.pending && (
          <StatusPill tone="warning" size="small" data-testid="memo-pending">
            {t('memos.pending')}
          </StatusPill>
        )}
      </div>
      {props.refusedDelete !== undefined && (
        <Caption1 role="alert" className={styles.alert}>
          {appT('text.notDeleted', { reason: props.refusedDelete ?? appT('text.refusedUnknown') })}
        </Caption1>
      )}
      {props.mine && !editing && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => setDraft({ text: memo.body, memoId: memo.id, baseVersion: memo.editBase })}
          >
            {t('memos.edit')}
          </Button>
          <Button size="small" appearance="subtle" onClick={props.onDelete}>
            {t('memos.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}
