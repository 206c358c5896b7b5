import {
  Badge,
  type BadgeProps,
  Card,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { AgendaStatus, HistoryEntry, Role } from '../../api/types';
import { useT } from '../../i18n/useT';
import { RateNow } from '../rating/RateNow';
import { EntrySummary } from './EntrySummary';
import { EntryTranscript } from './EntryTranscript';
import { ItemNotesList } from './ItemNotesList';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  theme: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  detail: { flexBasis: '100%', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  memo: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  memoBody: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const statusColor: Record<AgendaStatus, BadgeProps['color']> = {
  open: 'warning',
  discussed: 'success',
  carried_over: 'informative',
};

/** One past 1on1: what was on the agenda, the memos the viewer may read, and its rating state. */
export function HistoryEntryCard(props: {
  entry: HistoryEntry;
  myRole: Role;
  /** One transcript open at a time: each is long, and the panel's ids are unique only once on a page. */
  transcriptOpen: boolean;
  onToggleTranscript(): void;
}) {
  const styles = useStyles();
  const { t, locale, format } = useT();
  const { entry } = props;
  const headingId = `history-${entry.id}`;
  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="history-entry">
      <Subtitle2 as="h2" id={headingId} className={styles.title}>
        <time dateTime={entry.scheduledStart}>
          {format.timeRange(entry.scheduledStart, entry.scheduledEnd)}
        </time>
      </Subtitle2>
      <div className={styles.block}>
        <Text as="h3" size={300} weight="semibold">
          {t('history.agenda')}
        </Text>
        {entry.agenda.length === 0 ? (
          <Text className={styles.muted}>{t('history.noAgenda')}</Text>
        ) : (
          <ul className={styles.list}>
            {entry.agenda.map((item) => (
              <li key={item.id} className={styles.row}>
                <span className={styles.theme}>{item.theme.label[locale]}</span>
                {item.expectedResponse && (
                  <Text size={200} className={styles.muted}>
                    {t('agenda.expected')}: {item.expectedResponse.label[locale]}
                  </Text>
                )}
                <Badge appearance="tint" color={statusColor[item.status]}>
                  {t(`agenda.status.${item.status}`)}
                </Badge>
                {item.authorRole === 'manager' && (
                  <Badge appearance="outline" color="brand">
                    {t('agenda.byManager')}
                  </Badge>
                )}
                {item.detail && <Text className={styles.detail}>{item.detail}</Text>}
                <ItemNotesList notes={(entry.itemNotes ?? []).filter((note) => note.itemId === item.id)} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.block}>
        <Text as="h3" size={300} weight="semibold">
          {t('history.memos')}
        </Text>
        {entry.memos.length === 0 ? (
          <Text className={styles.muted}>{t('history.noMemos')}</Text>
        ) : (
          <ul className={styles.list}>
            {entry.memos.map((memo) => (
              <li key={memo.id} className={`${styles.row} ${styles.memo}`}>
                <Text size={200} className={styles.muted}>
                  {t(`memo.${memo.kind}`)} · {memo.author.displayName}
                </Text>
                <Text className={styles.memoBody}>{memo.body}</Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.block} data-testid="history-rating">
        <Text as="h3" size={300} weight="semibold">
          {t('history.rating')}
        </Text>
        {entry.rating.state === 'not_rated' ? (
          <>
            <Text className={styles.muted}>{t('rating.notRated')}</Text>
            {props.myRole === 'member' && entry.status === 'ended' && <RateNow sessionId={entry.id} />}
          </>
        ) : (
          <>
            <Text>
              {entry.rating.clarity === null
                ? t('rating.rated')
                : t('rating.clarity', { value: entry.rating.clarity })}
            </Text>
            {entry.rating.impressions !== null ? (
              <Text className={styles.memoBody}>
                {t('rating.impressions', { text: entry.rating.impressions })}
              </Text>
            ) : (
              props.myRole === 'manager' && <Text className={styles.muted}>{t('rating.notShared')}</Text>
            )}
          </>
        )}
      </div>
      <EntryTranscript sessionId={entry.id} open={props.transcriptOpen} onToggle={props.onToggleTranscript} />
      {entry.status === 'ended' && (
        <EntrySummary sessionId={entry.id} pairId={entry.pairId} isManager={props.myRole === 'manager'} />
      )}
    </Card>
  );
}
