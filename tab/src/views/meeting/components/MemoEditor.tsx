import { Caption1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TEXT_LIMITS } from '../../../api/limits';
import { StatusPill } from '../../../components/StatusPill';
import { meetingText } from '../../../i18n/meeting';
import { useNamespace } from '../../../i18n/useT';
import { useDraft } from '../../../localData/useDraft';
import { withinLimit } from '../../../textField/LimitedTextField';
import type { DisplayedMemo } from '../displayedMemos';
import { draftField, type MemoDraft } from '../memoDrafts';
import { ConflictMerge } from './ConflictMerge';
import { DraftTextBox } from './DraftTextBox';
import { Section } from './Section';

/**
 * One memo kept as a single text: the manager's private memo, or the next-topics memo both write.
 * What is typed is a draft (kept across reloads) until it is sent, on blur or with the button; a
 * remote change never replaces it. An edit that meets someone else's shows both versions, and
 * "Saved" appears only when what the box shows is what the server has.
 */
export function MemoEditor(props: {
  id: string;
  kind: 'private' | 'next_topics';
  sessionId: string;
  title: string;
  label: string;
  hint: string;
  badge?: ReactNode;
  memo: DisplayedMemo | undefined;
  /** Who else may change this memo: the other person (next topics), or the author's other window. */
  otherName: string;
  testId: string;
  onSend(): void;
}) {
  const { t } = useNamespace(meetingText);
  const [draft, setDraft] = useDraft<MemoDraft>(props.sessionId, draftField(props.kind));
  const { memo } = props;
  const shown = draft?.text ?? memo?.body ?? '';
  const sendable = draft !== null && withinLimit(draft.text, TEXT_LIMITS.memoBody);

  const change = (value: string) =>
    setDraft({
      ...draft,
      text: value,
      memoId: draft?.memoId ?? memo?.id ?? null,
      baseVersion: draft?.baseVersion ?? memo?.editBase ?? 0,
    });
  const save = () => {
    if (sendable) props.onSend();
  };

  if (draft?.conflict !== undefined) {
    const { theirs } = draft.conflict;
    // The memo as it is now: it may have changed again since the conflict was found.
    const latest =
      theirs !== null && memo?.id === theirs.id && memo.version >= theirs.version ? memo : theirs;
    return (
      <Section id={props.id} title={props.title} badge={props.badge} testId={props.testId}>
        <Caption1>{props.hint}</Caption1>
        <ConflictMerge
          theirs={latest}
          name={props.otherName}
          mine={draft.conflict.mine}
          text={draft.text}
          onChange={(value) => setDraft({ ...draft, text: value })}
          onSave={save}
          onKeepTheirs={() => setDraft(null)}
        />
      </Section>
    );
  }

  const changedMeanwhile =
    draft !== null &&
    memo !== undefined &&
    !memo.pending &&
    draft.memoId === memo.id &&
    memo.version > draft.baseVersion;
  return (
    <Section id={props.id} title={props.title} badge={props.badge} testId={props.testId}>
      <Caption1>{props.hint}</Caption1>
      <DraftTextBox
        testId={props.testId}
        draft={draft}
        changedMeanwhile={changedMeanwhile}
        otherName={props.otherName}
        label={props.label}
        value={shown}
        onChange={change}
        rows={4}
        sendable={sendable}
        onSave={save}
        saveLabel={t('memos.save')}
        onDiscard={() => setDraft(null)}
      >
        {memo?.pending === true && (
          <StatusPill tone="warning" size="small">
            {t('memos.pending')}
          </StatusPill>
        )}
        {memo !== undefined && !memo.pending && draft === null && (
          <Caption1 data-testid={`${props.testId}-saved`}>{t('memos.saved')}</Caption1>
        )}
      </DraftTextBox>
    </Section>
  );
}
