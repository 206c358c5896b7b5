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
import { useState } from 'react';
import type { AgendaContent, AgendaItem, Role } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { useDialogPresence } from '../home/useDialogPresence';
import { StatusBadge } from '../StatusBadge';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaItemForm } from './AgendaItemForm';
import { DeleteItemDialog } from './DeleteItemDialog';
import { useFitHints } from './useFitHints';
import { usePreparation } from './usePreparation';

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
});

type Editing =
  | { mode: 'add'; initial?: AgendaContent }
  | { mode: 'edit'; itemId: string; initial?: AgendaContent }
  | null;

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
  const [editing, setEditing] = useState<Editing>(null);
  const deleting = useDialogPresence<AgendaItem>();
  const fitHints = useFitHints(prep.session?.pairId ?? null, prep.session?.myRole === 'manager');
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

  const submitAdd = async (content: AgendaContent) => {
    setEditing(null);
    focusSoon('[data-testid="agenda-add"]');
    // The item shows at once; if the server refuses it, reopen the form with what was typed. After
    // a conflict the user first sees what changed instead.
    if ((await prep.add(content)) === 'failed') setEditing({ mode: 'add', initial: content });
  };
  const submitEdit = async (item: AgendaItem, content: AgendaContent) => {
    setEditing(null);
    focusSoon(`[data-item-id="${item.id}"] [data-testid="agenda-item-edit"]`);
    if ((await prep.edit(item, content)) === 'failed')
      setEditing({ mode: 'edit', itemId: item.id, initial: content });
  };
  const confirmDelete = (item: AgendaItem) => {
    deleting.hide();
    focusSoon('[data-testid="agenda-add"]');
    void prep.remove(item);
  };

  const renderList = (items: AgendaItem[], own: boolean, testId: string) => (
    <ul className={styles.list} data-testid={testId}>
      {items.map((item, index) =>
        editing?.mode === 'edit' && editing.itemId === item.id ? (
          <li key={item.id}>
            <AgendaItemForm
              catalog={catalog}
              role={role}
              item={item}
              initial={editing.initial}
              onSubmit={(content) => void submitEdit(item, content)}
              onCancel={() => {
                setEditing(null);
                focusSoon(`[data-item-id="${item.id}"] [data-testid="agenda-item-edit"]`);
              }}
            />
          </li>
        ) : (
          <li key={item.id} data-item-id={item.id}>
            <AgendaItemCard
              item={item}
              pending={prep.pending(item.id)}
              showHint={role === 'manager' && item.authorRole === 'member'}
              fit={item.expectedResponse ? fitHints.get(item.expectedResponse.id) : undefined}
              showAuthor={!own}
              memberName={session.member.displayName}
              mine={own}
              headingLevel={Item}
              actions={
                own && open
                  ? {
                      onEdit: () => setEditing({ mode: 'edit', itemId: item.id }),
                      onMoveUp: index > 0 ? () => void prep.move(item, -1) : undefined,
                      onMoveDown: index < items.length - 1 ? () => void prep.move(item, 1) : undefined,
                      onDelete: () => deleting.show(item),
                    }
                  : undefined
              }
            />
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
      {mine.length === 0 && editing?.mode !== 'add' && (
        <Text className={styles.muted}>{t('prepare.emptyMine')}</Text>
      )}
      {renderList(mine, true, 'prepare-mine-items')}
      {open &&
        (editing?.mode === 'add' ? (
          <AgendaItemForm
            catalog={catalog}
            role={role}
            initial={editing.initial}
            onSubmit={(content) => void submitAdd(content)}
            onCancel={() => {
              setEditing(null);
              focusSoon('[data-testid="agenda-add"]');
            }}
          />
        ) : (
          <div className={styles.addRow}>
            <Button appearance="primary" onClick={() => setEditing({ mode: 'add' })} data-testid="agenda-add">
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
