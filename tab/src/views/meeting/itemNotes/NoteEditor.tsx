import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/ApiError';
import { TEXT_LIMITS } from '../../../api/limits';
import type { ItemNote } from '../../../api/types';
import { itemNotesText } from '../../../i18n/itemNotes';
import { useNamespace } from '../../../i18n/useT';
import { useAccountDrafts, useDraft } from '../../../localData/useDraft';
import { withinLimit } from '../../../textField/LimitedTextField';
import { ConflictMerge } from '../components/ConflictMerge';
import { DraftTextBox } from '../components/DraftTextBox';
import { reasonOf, worthRetrying } from '../writeOutcome';
import {
  afterAccepted,
  afterConflict,
  afterNoAnswer,
  afterRefusal,
  type ItemNoteDraft,
  itemNoteField,
  sendBase,
  unchanged,
} from './itemNoteDraft';
import type { ItemNotesApi } from './useItemNotes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/**
 * One item note (shared, or the manager's private one), with the meeting's "never lose a word"
 * rules: the limit counted as one types, the text kept as a draft until the server accepted it
 * (across reloads and offline spells, sent again when the connection is back), a refusal shown
 * with its reason and the text kept, and a simultaneous edit shown as both versions to combine.
 */
export function NoteEditor(props: {
  sessionId: string;
  note: ItemNote;
  label: string;
  hint: string;
  /** Who else may change this note: the other person (shared), or the author's other window. */
  otherName: string;
  readOnly: boolean;
  notesApi: ItemNotesApi;
  onSaved(note: ItemNote): void;
  testId: string;
}) {
  const styles = useStyles();
  const { t } = useNamespace(itemNotesText);
  const { note, sessionId, notesApi, onSaved } = props;
  const field = itemNoteField(note.itemId, note.kind);
  const [draft, setDraft] = useDraft<ItemNoteDraft>(sessionId, field);
  const drafts = useAccountDrafts();
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const noteRef = useRef(note);
  noteRef.current = note;

  const send = useCallback(async () => {
    const current = drafts.read<ItemNoteDraft>(sessionId, field);
    if (inFlight.current || current === null || !withinLimit(current.text, TEXT_LIMITS.memoBody)) return;
    const server = noteRef.current;
    if (unchanged(current, server)) {
      drafts.write(sessionId, field, null);
      return;
    }
    const sent = current.text;
    const base = sendBase(current, server);
    // Read again when the answer comes: the person may have typed on meanwhile.
    const now = () => drafts.read<ItemNoteDraft>(sessionId, field);
    inFlight.current = true;
    setSending(true);
    try {
      const saved = await notesApi.write(server.itemId, server.kind, base, sent);
      onSaved(saved);
      drafts.write(sessionId, field, afterAccepted(now(), sent, saved));
    } catch (error) {
      const current409 =
        error instanceof ApiError && error.isConflict ? (error.problem?.current as ItemNote) : null;
      if (current409 !== null && current409 !== undefined) {
        onSaved(current409);
        drafts.write(sessionId, field, afterConflict(now(), sent, current409));
      } else if (worthRetrying(error)) {
        drafts.write(sessionId, field, afterNoAnswer(now(), sent, base));
      } else {
        drafts.write(sessionId, field, afterRefusal(now(), sent, reasonOf(error)));
        console.warn('Taiwa: an item note was not accepted', error instanceof ApiError ? error.status : 0);
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }, [drafts, sessionId, field, notesApi, onSaved]);

  // A text that got no answer is sent again: when the browser is back online, and every few seconds.
  const waiting = draft?.waiting === true;
  useEffect(() => {
    if (!waiting || props.readOnly) return;
    const retry = () => void send();
    retry();
    window.addEventListener('online', retry);
    const timer = setInterval(retry, 5_000);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [waiting, send, props.readOnly]);

  if (props.readOnly) {
    return (
      <div className={styles.root} data-testid={props.testId}>
        <Text weight="semibold">{props.label}</Text>
        <Text className={styles.body} data-testid={`${props.testId}-body`}>
          {note.body === '' ? t('notes.empty') : note.body}
        </Text>
      </div>
    );
  }

  const sendable = draft !== null && withinLimit(draft.text, TEXT_LIMITS.memoBody) && !sending;

  if (draft?.conflict !== undefined) {
    const { theirs } = draft.conflict;
    // The note as it is now: it may have changed again since the conflict was found.
    const latest = note.version >= theirs.version ? note : theirs;
    return (
      <div className={styles.root} data-testid={props.testId}>
        <Text weight="semibold">{props.label}</Text>
        <ConflictMerge
          theirs={latest}
          name={props.otherName}
          mine={draft.conflict.mine}
          text={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          onSave={() => void send()}
          onKeepTheirs={() => setDraft(null)}
        />
      </div>
    );
  }

  const shown = draft?.text ?? note.body;
  const changedMeanwhile = draft !== null && note.version > draft.baseVersion;
  return (
    <div className={styles.root} data-testid={props.testId}>
      <DraftTextBox
        testId={props.testId}
        draft={draft}
        changedMeanwhile={changedMeanwhile}
        otherName={props.otherName}
        label={props.label}
        hint={props.hint}
        value={shown}
        onChange={(text) => setDraft({ ...draft, text, baseVersion: draft?.baseVersion ?? note.version })}
        rows={3}
        sendable={sendable}
        onSave={() => void send()}
        saveLabel={t('notes.save')}
        onDiscard={() => setDraft(null)}
      >
        {sending && <Caption1>{t('notes.sending')}</Caption1>}
        {waiting && !sending && (
          <Caption1 className={styles.notice} role="status" data-testid={`${props.testId}-waiting`}>
            {t('notes.waiting')}
          </Caption1>
        )}
        {draft === null && note.version > 0 && (
          <Caption1 data-testid={`${props.testId}-saved`}>{t('notes.saved')}</Caption1>
        )}
      </DraftTextBox>
    </div>
  );
}
