import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import type { AgendaContent, AgendaItem, Role } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { useAccountDrafts, useDraft } from '../../localData/useDraft';
import { useDialogPresence } from '../home/useDialogPresence';
import { StatusBadge } from '../StatusBadge';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaItemForm } from './AgendaItemForm';
import { DeleteItemDialog } from './DeleteItemDialog';
import { useCarriedNotes } from './useCarriedNotes';
import { useFitHints } from './useFitHints';
import { usePreparation, type WriteOutcome } from './usePreparation';

const OpenActionItems = lazy(() => import('../actionItems/OpenActionItems'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  when: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  sectionTitle: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  addRow: { display: 'flex' },
  unsent: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

/**
 * The open form and what is typed in it: a draft (per person and 1on1) that survives a reload until
 * the server has the item. `sending` marks a submission waiting for its answer (the form is hidden
 * meanwhile, the item shown at once).
 */
type Editing =
  | { mode: 'add'; initial?: AgendaContent; sending?: number }
  | { mode: 'edit'; itemId: string; initial?: AgendaContent; sending?: number; stale?: boolean }
  | null;

const FORM_DRAFT = 'prepare.form';

function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/**
 * Preparing one 1on1: the member adds, edits, reorders and deletes their items; the manager reads
 * them with hints on how to respond and may add their own. Rendered by the /sessions/:id/prepare
 * page and by the meeting tab before the meeting (meetingChatTab, meetingDetailsTab).
 */
export function Prepare(props: { sessionId: string; headingLevel?: 'h1' | 'h2' }) {
  const styles = useStyles();
  const { t, format } = useT();
  const prep = usePreparation(props.sessionId);
  const own = useAccountDrafts();
  const [editing, setEditing] = useDraft<NonNullable<Editing>>(props.sessionId, FORM_DRAFT);
  // A submission still waiting when the page was left may or may not have arrived: show the form again.
  useEffect(() => {
    const stored = own.read<NonNullable<Editing>>(props.sessionId, FORM_DRAFT);
    if (stored?.sending !== undefined)
      own.write(props.sessionId, FORM_DRAFT, { ...stored, sending: undefined });
  }, [own, props.sessionId]);
  const deleting = useDialogPresence<AgendaItem>();
  const fitHints = useFitHints(prep.session?.pairId ?? null, prep.session?.myRole === 'manager');
  const lastNotes = useCarriedNotes(props.sessionId);
  useNotifyReady(prep.load.status !== 'loading');

  if (prep.load.status === 'loading' || (prep.load.status === 'done' && !prep.session)) {
    return <LoadingState label={t('prepare.loading')} testId="prepare-loading" />;
  }
  if (prep.load.status === 'error') return <ErrorState error={prep.load.error} onRetry={prep.load.retry} />;
  const { session, catalog } = prep;
  if (!session || !catalog) return null;

  const role: Role = session.myRole;
  const open = session.status !== 'ended';
  const partner = role === 'manager' ? session.member : session.manager;
  const memberItems = prep.items.filter((item) => item.authorRole === 'member');
  const managerItems = prep.items.filter((item) => item.authorRole === 'manager');
  const mine = role === 'member' ? memberItems : managerItems;
  const theirs = role === 'member' ? managerItems : memberItems;
  const Title = props.headingLevel ?? 'h1';
  const Section = Title === 'h1' ? 'h2' : 'h3';
  const Item = Title === 'h1' ? 'h3' : 'h4';

  // The item shows at once and the form closes; the draft stays until the server has the item. If
  // it refuses, or the agenda changed underneath, the form opens again with what was typed.
  const submit = async (draft: NonNullable<Editing>, write: () => Promise<WriteOutcome>) => {
    const sending = Date.now();
    setEditing({ ...draft, sending });
    const outcome = await write();
    const current = own.read<NonNullable<Editing>>(props.sessionId, FORM_DRAFT);
    if (current?.sending !== sending) return; // they moved on meanwhile
    own.write(
      props.sessionId,
      FORM_DRAFT,
      outcome === 'saved' ? null : { ...current, sending: undefined, stale: outcome === 'stale' },
    );
  };
  const submitAdd = async (content: AgendaContent) => {
    focusSoon('[data-testid="agenda-add"]');
    await submit({ mode: 'add', initial: content }, () => prep.add(content));
  };
  const submitEdit = async (item: AgendaItem, content: AgendaContent) => {
    focusSoon(`[data-item-id="${item.id}"] [data-testid="agenda-item-edit"]`);
    await submit({ mode: 'edit', itemId: item.id, initial: content }, () => prep.edit(item, content));
  };
  const typed = (content: AgendaContent) => {
    if (editing !== null) setEditing({ ...editing, initial: content });
  };
  const formOpen = editing !== null && editing.sending === undefined;
  // An item that was deleted meanwhile cannot be edited: what was typed becomes a new item instead.
  const editedGone =
    formOpen && editing.mode === 'edit' && !prep.items.some((item) => item.id === editing.itemId);
  const adding = formOpen && (editing.mode === 'add' || editedGone);
  const confirmDelete = (item: AgendaItem) => {
    deleting.hide();
    focusSoon('[data-testid="agenda-add"]');
    void prep.remove(item);
  };

  const card = (item: AgendaItem, index: number, items: AgendaItem[], own: boolean, withActions: boolean) => (
    <AgendaItemCard
      item={item}
      pending={prep.pending(item.id)}
      showHint={role === 'manager' && item.authorRole === 'member'}
      fit={item.expectedResponse ? fitHints.get(item.expectedResponse.id) : undefined}
      showAuthor={!own}
      memberName={session.member.displayName}
      lastNote={lastNotes.get(item.id)}
      mine={own}
      headingLevel={Item}
      actions={
        own && open && withActions
          ? {
              onEdit: () => setEditing({ mode: 'edit', itemId: item.id }),
              onMoveUp: index > 0 ? () => void prep.move(item, -1) : undefined,
              onMoveDown: index < items.length - 1 ? () => void prep.move(item, 1) : undefined,
              onDelete: () => deleting.show(item),
            }
          : undefined
      }
    />
  );

  const renderList = (items: AgendaItem[], own: boolean, testId: string) => (
    <ul className={styles.list} data-testid={testId}>
      {items.map((item, index) =>
        formOpen && editing.mode === 'edit' && editing.itemId === item.id ? (
          <li key={item.id} className={styles.section}>
            {/* It changed meanwhile: the version saved now, above the edit that did not get in. */}
            {editing.stale === true && card(item, index, items, own, false)}
            <AgendaItemForm
              catalog={catalog}
              role={role}
              item={item}
              initial={editing.initial}
              onSubmit={(content) => void submitEdit(item, content)}
              onChange={typed}
              onCancel={() => {
                setEditing(null);
                focusSoon(`[data-item-id="${item.id}"] [data-testid="agenda-item-edit"]`);
              }}
            />
          </li>
        ) : (
          <li key={item.id} data-item-id={item.id}>
            {card(item, index, items, own, true)}
          </li>
        ),
      )}
    </ul>
  );

  const mineSection = (
    <section className={styles.section} aria-labelledby="prepare-mine" data-testid="prepare-mine">
      <Subtitle2 as={Section} id="prepare-mine" className={styles.sectionTitle}>
        {t('prepare.mine')}
      </Subtitle2>
      {mine.length === 0 && !adding && <Text className={styles.muted}>{t('prepare.emptyMine')}</Text>}
      {renderList(mine, true, 'prepare-mine-items')}
      {open &&
        (adding ? (
          <AgendaItemForm
            catalog={catalog}
            role={role}
            initial={editing.initial}
            onSubmit={(content) => void submitAdd(content)}
            onChange={typed}
            onCancel={() => {
              setEditing(null);
              focusSoon('[data-testid="agenda-add"]');
            }}
          />
        ) : (
          <div className={styles.addRow}>
            <Button
              appearance="primary"
              // While an item is on its way its draft is still kept; a new form would take its place.
              disabledFocusable={editing?.sending !== undefined}
              onClick={() => setEditing({ mode: 'add' })}
              data-testid="agenda-add"
            >
              {t('form.addTitle')}
            </Button>
          </div>
        ))}
    </section>
  );

  const theirsSection = (
    <section className={styles.section} aria-labelledby="prepare-theirs" data-testid="prepare-theirs">
      <Subtitle2 as={Section} id="prepare-theirs" className={styles.sectionTitle}>
        {role === 'member'
          ? t('prepare.managerItems', { name: partner.displayName })
          : t('prepare.memberItems', { name: partner.displayName })}
      </Subtitle2>
      {theirs.length === 0 && <Text className={styles.muted}>{t('prepare.emptyTheirs')}</Text>}
      {renderList(theirs, false, 'prepare-theirs-items')}
    </section>
  );

  return (
    <section className={styles.root} aria-labelledby="prepare-title" data-testid="prepare" data-role={role}>
      <div className={styles.head}>
        <Title2 as={Title} id="prepare-title" className={styles.title}>
          {t('prepare.title')}
        </Title2>
        <div className={styles.when}>
          <Text weight="semibold">{t('pair.with', { name: partner.displayName })}</Text>
          <Text>
            <time dateTime={session.scheduledStart}>
              {format.timeRange(session.scheduledStart, session.scheduledEnd)}
            </time>
          </Text>
          <StatusBadge status={session.status} />
        </div>
        <Text className={styles.muted}>
          {role === 'member'
            ? t('prepare.introMember')
            : t('prepare.introManager', { name: session.member.displayName })}
        </Text>
      </div>
      {!open && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('prepare.ended')}</MessageBarBody>
        </MessageBar>
      )}
      {!open && editing?.initial !== undefined && (
        // Typed before the 1on1 ended and never sent: still shown, so it can be copied elsewhere.
        <MessageBar intent="warning" layout="multiline" data-testid="prepare-unsent">
          <MessageBarBody>
            {t('text.unsentKept')}
            <Text as="p" className={styles.unsent}>
              {[editing.initial.themeText, editing.initial.detail].filter((part) => part).join('\n')}
            </Text>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setEditing(null)}>
              {t('text.discard')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {prep.notice && (
        <MessageBar intent={prep.notice.intent} layout="multiline" role="alert" data-testid="prepare-notice">
          <MessageBarBody>{prep.notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={prep.dismissNotice}>
              {t('common.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {/* The member's items come first for both: the 1on1 belongs to the member. */}
      {role === 'member' ? mineSection : theirsSection}
      {role === 'member' ? theirsSection : mineSection}
      <Suspense fallback={null}>
        <OpenActionItems
          sessionId={session.id}
          names={{ member: session.member.displayName, manager: session.manager.displayName }}
        />
      </Suspense>
      <div>
        <Button appearance="subtle" onClick={() => void prep.refresh().catch(() => undefined)}>
          {t('prepare.refresh')}
        </Button>
      </div>
      {deleting.value && (
        <DeleteItemDialog
          item={deleting.value}
          open={deleting.open}
          onConfirm={confirmDelete}
          onCancel={deleting.hide}
        />
      )}
    </section>
  );
}
