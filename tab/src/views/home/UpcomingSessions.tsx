import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ErrorState } from '../components/ErrorState';
import { useLoad } from '../components/useLoad';
import { useT } from '../i18n/useT';
import { useApi } from '../session/useSession';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A pair's sessions, newest first as the server orders them. */
export function SessionList(props: { pairId: string; partnerName: string }) {
  const styles = useStyles();
  const { t, format } = useT();
  const api = useApi();
  const sessions = useLoad((signal) => api.pairSessions(props.pairId, signal), [api, props.pairId]);

  if (sessions.status === 'loading') {
    return <Spinner size="tiny" label={t('pair.sessionsLoading')} labelPosition="after" />;
  }
  if (sessions.status === 'error') return <ErrorState error={sessions.error} onRetry={sessions.retry} />;
  if (sessions.data.sessions.length === 0) {
    return <Text className={styles.muted}>{t('pair.sessionsEmpty')}</Text>;
  }
  return (
    <ul
      className={styles.list}
      aria-label={t('pair.sessionsLabel', { name: props.partnerName })}
      data-testid={`sessions-${props.pairId}`}
    >
      {sessions.data.sessions.map((session) => (
        <li key={session.id} className={styles.item} data-testid={`session-${session.id}`}>
          <Text size={200}>
            <time dateTime={session.scheduledStart}>
              {format.timeRange(session.scheduledStart, session.scheduledEnd)}
            </time>
          </Text>
          <StatusBadge status={session.status} />
        </li>
      ))}
    </ul>
  );
}
