import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AgendaItem, FitCount, ItemNote } from '../../api/types';
import { itemNotesText } from '../../i18n/itemNotes';
import { useNamespace, useT } from '../../i18n/useT';
import { ResponseHint } from './ResponseHint';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  pending: { opacity: 0.7 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  theme: { margin: 0, overflowWrap: 'anywhere', flexBasis: '100%' },
  expected: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  expectedLabel: { color: tokens.colorNeutralForeground3 },
  expectedValue: { color: tokens.colorBrandForeground1 },
  detail: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  lastNote: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface ItemActions {
  onEdit(): void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onDelete(): void;
}

/**
 * One agenda item. `actions` is given only for the author's own items on an open session: the
 * other person's items are shown read-only, with no controls at all.
 */
export function AgendaItemCard(props: {
  item: AgendaItem;
  pending: boolean;
  /** Show the catalog hint on how to respond (the manager reading the member's items). */
  showHint: boolean;
  /** The manager's recent fit for this item's expected response, when known. */
  fit?: FitCount;
  /** Who wrote it, when that is not obvious from the section (the other person's items). */
  showAuthor: boolean;
  /** The member, whose choice an item without expected response waits for. */
  memberName: string;
  mine: boolean;
  actions?: ItemActions;
  headingLevel?: 'h3' | 'h4';
  /** For an item carried over: the shared note written under it last time. */
  lastNote?: ItemNote;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const { item, actions } = props;
  const theme = item.theme.label[locale];
  const Heading = props.headingLevel ?? 'h3';
  return (
    <Card
      className={props.pending ? `${styles.card} ${styles.pending}` : styles.card}
      aria-busy={props.pending || undefined}
      data-testid="agenda-item"
      data-author-role={item.authorRole}
    >
      <div className={styles.top}>
        <Text
          as={Heading}
          weight="semibold"
          size={400}
          className={styles.theme}
          data-testid="agenda-item-theme"
        >
          {theme}
        </Text>
        {props.showAuthor && (
          <Badge appearance="outline" color={item.authorRole === 'manager' ? 'brand' : 'informative'}>
            {t(item.authorRole === 'manager' ? 'agenda.byManager' : 'agenda.byMember')}
          </Badge>
        )}
        {item.carriedOver && (
          <Badge appearance="tint" color="warning" data-testid="carried-over">
            {t('agenda.carriedOver')}
          </Badge>
        )}
        {item.status === 'discussed' && (
          <Badge appearance="tint" color="success">
            {t('agenda.status.discussed')}
          </Badge>
        )}
        {props.pending && <Spinner size="extra-tiny" label={t('agenda.saving')} labelPosition="after" />}
      </div>
      {item.expectedResponse ? (
        <div className={styles.expected} data-testid="agenda-item-expected">
          <Text size={200} className={styles.expectedLabel}>
            {t('agenda.expected')}
          </Text>
          <Text weight="semibold" size={400} className={styles.expectedValue}>
            {item.expectedResponse.label[locale]}
          </Text>
        </div>
      ) : (
        <MessageBar intent="warning" layout="multiline" data-testid="awaiting-response">
          <MessageBarBody>
            {props.mine
              ? t('agenda.chooseResponsePrompt')
              : t('agenda.awaitingResponse', { name: props.memberName })}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.showHint && item.expectedResponse && (
        <ResponseHint expected={item.expectedResponse} fit={props.fit} />
      )}
      {item.detail && <Text className={styles.detail}>{item.detail}</Text>}
      {props.lastNote !== undefined && (
        <div className={styles.lastNote} data-testid="agenda-item-last-note">
          <LastTimeLabel />
          <Text className={styles.detail}>{props.lastNote.body}</Text>
        </div>
      )}
      {actions && !props.pending && (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance={item.expectedResponse ? 'secondary' : 'primary'}
            aria-label={item.expectedResponse ? t('agenda.editLabel', { theme }) : undefined}
            onClick={actions.onEdit}
            data-testid="agenda-item-edit"
          >
            {item.expectedResponse ? t('agenda.edit') : t('agenda.chooseResponse')}
          </Button>
          {actions.onMoveUp && (
            <Button
              size="small"
              appearance="subtle"
              aria-label={t('agenda.moveUp', { theme })}
              onClick={actions.onMoveUp}
              data-testid="agenda-item-up"
            >
              ↑
            </Button>
          )}
          {actions.onMoveDown && (
            <Button
              size="small"
              appearance="subtle"
              aria-label={t('agenda.moveDown', { theme })}
              onClick={actions.onMoveDown}
              data-testid="agenda-item-down"
            >
              ↓
            </Button>
          )}
          <Button
            size="small"
            appearance="subtle"
            aria-label={t('agenda.deleteLabel', { theme })}
            onClick={actions.onDelete}
            data-testid="agenda-item-delete"
          >
            {t('agenda.delete')}
          </Button>
        </div>
      )}
    </Card>
  );
}

function LastTimeLabel() {
  const { t } = useNamespace(itemNotesText);
  return (
    <Text size={200} weight="semibold">
      {t('notes.lastTime')}
    </Text>
  );
}
