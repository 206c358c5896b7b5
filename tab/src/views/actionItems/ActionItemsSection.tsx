import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Option,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import { TEXT_LIMITS } from '../../api/limits';
import { actionItemsText } from '../../i18n/actionItems';
import { useNamespace } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { LimitedTextInput } from '../../textField/LimitedTextInput';
import type { MeetingSession, SessionEvent } from '../meeting/types';
import { ActionItemEditor } from './ActionItemEditor';
import { ActionItemList } from './ActionItemList';
import {
  type ActionItemEdit,
  afterConflict,
  afterRefusal,
  afterSaved,
  editBody,
  reconcileEdits,
  sendVersion,
  startEdit,
  unchanged,
} from './actionItemEdit';
import { type ActionItemView, actionItemsEndpoints } from './actionItemsApi';
import { DeleteConfirm } from './DeleteConfirm';

const useStyles = makeStyles({
  // The side panel's Section look, kept here so this lazy chunk shares no module with the panel.
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  controls: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const WRAP_UP = '';

/**
 * The meeting's action items: its own and those still open from earlier 1on1s, a checkbox either
 * person may tick, each one's edit and delete, and a form to agree a new one from an agenda item
 * or the wrap-up. It reloads on every `action.changed` event of the session's stream (added,
 * updated, deleted), so the other window follows live; an edit in progress survives the reload.
 */
export default function ActionItemsSection({
  session,
  subscribe,
}: {
  // The whole session, so the side panel (whose first paint has a size budget) passes it as is.
  session: Pick<MeetingSession, 'id' | 'myRole' | 'member' | 'manager' | 'agenda'>;
  /** The meeting's event stream (useMeeting's `subscribe`). */
  subscribe: (listener: (event: SessionEvent) => void) => () => void;
}) {
  const props = {
    myRole: session.myRole,
    names: { member: session.member.displayName, manager: session.manager.displayName },
    agenda: session.agenda,
  };
  const styles = useStyles();
  const { t, locale } = useNamespace(actionItemsText);
  const api = useEndpoints(actionItemsEndpoints);
  const sessionId = session.id;
  const [items, setItems] = useState<ActionItemView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [revision, setRevision] = useState(0);
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'action.changed') setRevision((count) => count + 1);
      }),
    [subscribe],
  );
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [changeError, setChangeError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'member' | 'manager'>(props.myRole);
  const [dueDate, setDueDate] = useState('');
  const [from, setFrom] = useState(WRAP_UP);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [required, setRequired] = useState(false);
  const [edits, setEdits] = useState<Record<string, ActionItemEdit>>({});
  const [savingEdits, setSavingEdits] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteNotice, setDeleteNotice] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const otherName = props.names[props.myRole === 'member' ? 'manager' : 'member'];

  const load = useCallback(
    async (signal: { current: boolean }) => {
      try {
        const loaded = await api.list(sessionId);
        if (signal.current) {
          setItems(loaded);
          setEdits((current) => reconcileEdits(current, loaded));
          setLoadError(null);
        }
      } catch (error) {
        if (signal.current) setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [api, sessionId],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision and attempt are reload triggers
  useEffect(() => {
    const signal = { current: true };
    void load(signal);
    return () => {
      signal.current = false;
    };
  }, [load, revision, attempt]);

  const toggle = async (item: ActionItemView, done: boolean) => {
    setBusy((ids) => new Set(ids).add(item.id));
    setChangeError(null);
    try {
      const saved = await api.setDone(sessionId, item, done);
      setItems((list) => list?.map((entry) => (entry.id === saved.id ? saved : entry)) ?? null);
    } catch (error) {
      setChangeError(error instanceof Error ? error.message : String(error));
      void load({ current: true });
    } finally {
      setBusy((ids) => {
        const next = new Set(ids);
        next.delete(item.id);
        return next;
      });
    }
  };

  const replaceItem = (saved: ActionItemView) =>
    setItems((list) => list?.map((entry) => (entry.id === saved.id ? saved : entry)) ?? null);
  const setEdit = (id: string, edit: ActionItemEdit | null) =>
    setEdits((current) => {
      const { [id]: _, ...rest } = current;
      return edit === null ? rest : { ...rest, [id]: edit };
    });
  const markSaving = (id: string, saving: boolean) =>
    setSavingEdits((ids) => {
      const next = new Set(ids);
      if (saving) next.add(id);
      else next.delete(id);
      return next;
    });
  const reasonOf = (error: unknown) => (error instanceof Error ? error.message : null);

  const saveEdit = async (id: string) => {
    const edit = edits[id];
    const item = items?.find((entry) => entry.id === id);
    if (edit === undefined || item === undefined || savingEdits.has(id)) return;
    if (edit.text.trim() === '') {
      setEdit(id, afterRefusal(edit, t('actions.add.required')));
      return;
    }
    if (edit.conflict === undefined && unchanged(edit, item)) {
      setEdit(id, null);
      return;
    }
    markSaving(id, true);
    try {
      const saved = await api.edit(sessionId, { id, version: sendVersion(edit, item) }, editBody(edit));
      replaceItem(saved);
      // Typed on while it was sent: what was typed stays, now on the saved version.
      setEdits((current) => {
        const { [id]: now, ...rest } = current;
        const next = afterSaved(now, edit, saved);
        return next === null ? rest : { ...rest, [id]: next };
      });
    } catch (error) {
      const theirs =
        error instanceof ApiError && error.isConflict
          ? (error.problem?.current as ActionItemView | undefined)
          : undefined;
      if (theirs !== undefined) {
        replaceItem(theirs);
        setEdits((current) => {
          const now = current[id] ?? edit;
          return { ...current, [id]: afterConflict(now, theirs) };
        });
      } else if (error instanceof ApiError && error.status === 404) {
        setEdits((current) => ({ ...current, [id]: { ...(current[id] ?? edit), gone: true } }));
        void load({ current: true });
      } else {
        setEdits((current) => ({ ...current, [id]: afterRefusal(current[id] ?? edit, reasonOf(error)) }));
      }
    } finally {
      markSaving(id, false);
    }
  };

  // The other person deleted the item while this one was editing it: the typed text becomes a new item.
  const addAgain = async (id: string) => {
    const edit = edits[id];
    if (edit === undefined || savingEdits.has(id)) return;
    markSaving(id, true);
    try {
      const saved = await api.add(sessionId, { ...editBody(edit), agendaItemId: null });
      setItems((list) => [...(list ?? []).filter((entry) => entry.id !== saved.id), saved]);
      setEdit(id, null);
    } catch (error) {
      setEdits((current) => ({ ...current, [id]: afterRefusal(current[id] ?? edit, reasonOf(error)) }));
    } finally {
      markSaving(id, false);
    }
  };

  const remove = async (item: ActionItemView) => {
    setDeleteNotice(null);
    try {
      await api.remove(sessionId, item);
      setItems((list) => list?.filter((entry) => entry.id !== item.id) ?? null);
      setConfirming(null);
      // The row and its buttons are gone: the keyboard continues from the section's title.
      sectionRef.current?.querySelector<HTMLElement>('#actions-title')?.focus();
    } catch (error) {
      setConfirming(null);
      const current =
        error instanceof ApiError && error.isConflict
          ? (error.problem?.current as ActionItemView | undefined)
          : undefined;
      if (current !== undefined && current.version !== item.version) {
        replaceItem(current);
        setDeleteNotice(t('actions.delete.changed', { name: otherName }));
      } else {
        setDeleteNotice(
          t('actions.delete.failed', { reason: reasonOf(error) ?? t('actions.edit.refusedUnknown') }),
        );
      }
      void load({ current: true });
    }
  };

  const controls = (item: ActionItemView) =>
    confirming === item.id ? (
      <DeleteConfirm text={item.text} onDelete={() => void remove(item)} onKeep={() => setConfirming(null)} />
    ) : (
      <span className={styles.controls}>
        <Button
          size="small"
          appearance="subtle"
          aria-label={t('actions.editLabel', { text: item.text })}
          onClick={() => {
            setDeleteNotice(null);
            setEdit(item.id, startEdit(item));
          }}
          data-testid="action-item-edit"
        >
          {t('actions.edit')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={t('actions.deleteLabel', { text: item.text })}
          onClick={() => {
            setDeleteNotice(null);
            setConfirming(item.id);
          }}
          data-testid="action-item-delete"
        >
          {t('actions.delete')}
        </Button>
      </span>
    );

  const editorFor = (id: string, item: ActionItemView | undefined) => {
    const edit = edits[id];
    if (edit === undefined) return null;
    return (
      <ActionItemEditor
        edit={edit}
        item={item}
        names={props.names}
        otherName={otherName}
        saving={savingEdits.has(id)}
        onChange={(next) => setEdit(id, next)}
        onSave={() => void saveEdit(id)}
        onCancel={() => setEdit(id, null)}
        onAddAgain={() => void addAgain(id)}
      />
    );
  };
  // Edits of items the other person deleted: the typed text stays on screen until added or discarded.
  const orphanEdits = Object.values(edits).filter(
    (edit) => edit.gone === true && !(items ?? []).some((item) => item.id === edit.itemId),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (text.trim() === '') {
      setRequired(true);
      return;
    }
    setSaving(true);
    setRefusal(null);
    try {
      const saved = await api.add(sessionId, {
        text,
        ownerRole: owner,
        dueDate: dueDate === '' ? null : dueDate,
        agendaItemId: from === WRAP_UP ? null : from,
      });
      setItems((list) => [...(list ?? []).filter((entry) => entry.id !== saved.id), saved]);
      // Only what was saved is cleared; a refused text stays on screen with the reason.
      setText('');
      setDueDate('');
      setRequired(false);
    } catch (error) {
      setRefusal(
        t('actions.add.refused', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setSaving(false);
    }
  };

  const ownerLabel = (role: 'member' | 'manager') => t(`actions.owner.${role}`, { name: props.names[role] });
  const agendaLabel = (id: string) => {
    const item = props.agenda.find((entry) => entry.id === id);
    return item === undefined ? t('actions.add.fromWrapUp') : item.theme.label[locale];
  };

  return (
    <section
      ref={sectionRef}
      className={styles.section}
      aria-labelledby="actions-title"
      data-testid="action-items-section"
    >
      <Subtitle2 as="h2" id="actions-title" tabIndex={-1}>
        {t('actions.title')}
      </Subtitle2>
      <Caption1>{t('actions.intro')}</Caption1>
      {items === null && loadError === null && <Spinner size="tiny" label={t('actions.loading')} />}
      {loadError !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('actions.loadFailed', { reason: loadError })}{' '}
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t('actions.retry')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {items !== null && items.length === 0 && <Caption1>{t('actions.empty')}</Caption1>}
      {items !== null && items.length > 0 && (
        <ActionItemList
          items={items}
          names={props.names}
          busy={busy}
          onToggle={(item, done) => void toggle(item, done)}
          controls={controls}
          editorFor={(item) => editorFor(item.id, item)}
        />
      )}
      {orphanEdits.map((edit) => (
        <div key={edit.itemId} data-testid="action-item-orphan">
          {editorFor(edit.itemId, undefined)}
        </div>
      ))}
      {deleteNotice !== null && (
        <Caption1 role="alert" data-testid="action-item-delete-notice">
          {deleteNotice}
        </Caption1>
      )}
      {changeError !== null && (
        <Caption1 role="alert">{t('actions.changeFailed', { reason: changeError })}</Caption1>
      )}
      <form className={styles.form} onSubmit={(event) => void submit(event)} data-testid="action-item-form">
        <LimitedTextInput
          label={t('actions.add.text')}
          value={text}
          onChange={(value) => {
            setText(value);
            setRequired(false);
          }}
          limit={TEXT_LIMITS.actionItemText}
          required
          refusal={refusal}
          validationMessage={required ? t('actions.add.required') : undefined}
          testId="action-item-text"
        />
        <Field label={t('actions.add.owner')}>
          <Dropdown
            className={styles.dropdown}
            value={ownerLabel(owner)}
            selectedOptions={[owner]}
            onOptionSelect={(_, data) => {
              if (data.optionValue === 'member' || data.optionValue === 'manager') setOwner(data.optionValue);
            }}
            data-testid="action-item-owner"
          >
            <Option value="member">{ownerLabel('member')}</Option>
            <Option value="manager">{ownerLabel('manager')}</Option>
          </Dropdown>
        </Field>
        <Field label={t('actions.add.due')}>
          <Input
            type="date"
            value={dueDate}
            onChange={(_, data) => setDueDate(data.value)}
            data-testid="action-item-due"
          />
        </Field>
        {props.agenda.length > 0 && (
          <Field label={t('actions.add.from')}>
            <Dropdown
              className={styles.dropdown}
              value={agendaLabel(from)}
              selectedOptions={[from]}
              onOptionSelect={(_, data) => setFrom(data.optionValue ?? WRAP_UP)}
              data-testid="action-item-from"
            >
              <Option value={WRAP_UP}>{t('actions.add.fromWrapUp')}</Option>
              {props.agenda.map((item) => (
                <Option key={item.id} value={item.id} text={agendaLabel(item.id)}>
                  {agendaLabel(item.id)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Button type="submit" appearance="primary" disabled={saving} data-testid="action-item-add">
          {saving ? t('actions.add.saving') : t('actions.add.submit')}
        </Button>
      </form>
    </section>
  );
}
