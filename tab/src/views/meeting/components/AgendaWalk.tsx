import {
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { ApiError } from '../../../api/ApiError';
import type { AgendaItem, FitCount } from '../../../api/types';
import { StatusPill } from '../../../components/StatusPill';
import { meetingText } from '../../../i18n/meeting';
import { useNamespace } from '../../../i18n/useT';
import type { FitHints } from '../../prepare/useFitHints';
import type { ItemNotesHost } from '../itemNotes/useItemNotes';
import { walkingOrder } from '../meetingState';
import { Section } from './Section';

// The notes under each item (their button included) are their own chunk: the side panel's first
// paint does not carry them, and the button appears as soon as the chunk is in.
const ItemNotes = lazy(() => import('../itemNotes/ItemNotes'));

/** What the notes under each item need: given in the side panel, absent on the stage. */
export interface AgendaNotes {
  host: ItemNotesHost;
  myRole: 'manager' | 'member';
  myName: string;
  otherName: string;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  discussed: { borderLeftColor: tokens.colorNeutralStroke1, backgroundColor: tokens.colorNeutralBackground3 },
  theme: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  themeLarge: { fontSize: tokens.fontSizeBase500 },
  // The member's expected response is what the manager must honour: it stands out.
  expects: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  expectsLabel: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase300 },
  detail: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  spacer: { flexGrow: 1 },
});

/**
 * The agenda walked together: each item with the response its author hopes for shown first, so the
 * manager answers the way the member asked; either person marks items discussed or moves them.
 */
export function AgendaWalk(props: {
  items: AgendaItem[];
  readOnly: boolean;
  /** The manager's recent fit per expected response (from their feedback); empty for the member. */
  fit?: FitHints;
  large?: boolean;
  notes?: AgendaNotes;
  onChange?(item: AgendaItem, changes: { status?: 'open' | 'discussed'; position?: number }): Promise<void>;
}) {
  const styles = useStyles();
  const { t, locale } = useNamespace(meetingText);
  const [notice, setNotice] = useState<string | null>(null);
  const ordered = walkingOrder(props.items);

  const change = async (item: AgendaItem, changes: { status?: 'open' | 'discussed'; position?: number }) => {
    setNotice(null);
    try {
      await props.onChange?.(item, changes);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 409 || error.status === 404))
        setNotice(t('agenda.changedMeanwhile'));
      else throw error;
    }
  };
  const move = async (item: AgendaItem, direction: -1 | 1) => {
    const group = ordered.filter((other) => other.authorRole === item.authorRole);
    const neighbour = group[group.indexOf(item) + direction];
    if (neighbour === undefined) return;
    // Swap places; positions may be equal after carry-over, so nudge to keep the order distinct.
    const to = neighbour.position === item.position ? item.position + direction : neighbour.position;
    await change(item, { position: to });
    await change(neighbour, { position: item.position });
  };

  return (
    <Section
      id={props.large ? 'stage-agenda-title' : 'agenda-title'}
      title={t('agenda.title')}
      testId="agenda"
    >
      {ordered.length === 0 && <Text>{t('agenda.empty')}</Text>}
      {notice !== null && (
        <Text role="status" size={200}>
          {notice}
        </Text>
      )}
      <ol className={styles.list}>
        {ordered.map((item, index) => {
          const theme = item.theme.label[locale];
          const group = ordered.filter((other) => other.authorRole === item.authorRole);
          const place = group.indexOf(item);
          return (
            <li
              key={item.id}
              className={mergeClasses(styles.item, item.status === 'discussed' && styles.discussed)}
              data-testid="agenda-item"
              data-status={item.status}
            >
              <Text className={mergeClasses(styles.theme, props.large && styles.themeLarge)}>
                {index + 1}. {theme}
              </Text>
              {item.expectedResponse === null ? (
                <Caption1>{t('agenda.noExpectation')}</Caption1>
              ) : (
                <div className={styles.expects} data-testid="agenda-expects">
                  <span className={styles.expectsLabel}>
                    {t('agenda.expects')} {item.expectedResponse.label[locale]}
                  </span>
                  {item.expectedResponse.hint !== null && (
                    <Caption1>{item.expectedResponse.hint[locale]}</Caption1>
                  )}
                  <FitLately
                    fit={props.fit?.get(item.expectedResponse.id)}
                    response={item.expectedResponse.label[locale]}
                  />
                </div>
              )}
              {item.detail !== null && <Text className={styles.detail}>{item.detail}</Text>}
              <div className={styles.row}>
                <Caption1>
                  {item.authorRole === 'member'
                    ? t('agenda.byMember', { name: item.author.displayName })
                    : t('agenda.byManager', { name: item.author.displayName })}
                </Caption1>
                {item.carriedOver && (
                  <StatusPill tone="neutral" size="small">
                    {t('agenda.carried')}
                  </StatusPill>
                )}
              </div>
              {!props.readOnly && (
                <div className={styles.row}>
                  <Checkbox
                    checked={item.status === 'discussed'}
                    label={t('agenda.discussed')}
                    aria-label={
                      item.status === 'discussed'
                        ? t('agenda.markOpen', { theme })
                        : t('agenda.markDiscussed', { theme })
                    }
                    onChange={(_, data) =>
                      void change(item, { status: data.checked === true ? 'discussed' : 'open' })
                    }
                    data-testid="agenda-discussed"
                  />
                  <span className={styles.spacer} />
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t('agenda.moveUp', { theme })}
                    disabled={place === 0}
                    onClick={() => void move(item, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t('agenda.moveDown', { theme })}
                    disabled={place === group.length - 1}
                    onClick={() => void move(item, 1)}
                  >
                    ↓
                  </Button>
                </div>
              )}
              {props.readOnly && item.status === 'discussed' && (
                <div className={styles.row}>
                  <StatusPill tone="success">{t('agenda.discussed')}</StatusPill>
                </div>
              )}
              {props.notes !== undefined && (
                <Suspense fallback={null}>
                  <ItemNotes {...props.notes} itemId={item.id} theme={theme} readOnly={props.readOnly} />
                </Suspense>
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** "Your fit for “Just listen” lately: 2 of 6", once there is a rating to count. */
function FitLately(props: { fit: FitCount | undefined; response: string }) {
  const { t } = useNamespace(meetingText);
  if (props.fit === undefined || props.fit.ratings === 0) return null;
  return (
    <Caption1 data-testid="agenda-fit">
      {t('agenda.fit', { response: props.response, fit: props.fit.yes, total: props.fit.ratings })}
    </Caption1>
  );
}
