import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../components/ErrorState';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/useT';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { StatusBadge } from '../StatusBadge';
import { LinkButton } from './LinkButton';

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
  when: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A pair's 1on1s still to come, soonest first, each with a way to prepare it. */
export function UpcomingSessions(props: { pairId: string; partnerName: string; version: number }) {
  const styles = useStyles();
  const { t, format } = useT();
  const api = useApi();
  const sessions = useLoad(
    (signal) => api.pairSessions(props.pairId, signal),
    [api, props.pairId, props.version],
  );

  if (sessions.status === 'loading') {
    return <Spinner size="tiny" label={t('home.loading')} labelPosition="after" />;
  }
  if (sessions.status === 'error') return <ErrorState error={sessions.error} onRetry={sessions.retry} />;
  const upcoming = sessions.data.sessions
    .filter((session) => session.status !== 'ended')
    .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart));
  if (upcoming.length === 0) return <Text className={styles.muted}>{t('pair.notScheduled')}</Text>;
  return (
    <ul
      className={styles.list}
      aria-label={t('pair.upcomingLabel', { name: props.partnerName })}
      data-testid={`sessions-${props.pairId}`}
    >
      {upcoming.map((session) => {
        const when = format.timeRange(session.scheduledStart, session.scheduledEnd);
        return (
          <li key={session.id} className={styles.item} data-testid={`session-${session.id}`}>
            <span className={styles.when}>
              <Text size={200}>
                <time dateTime={session.scheduledStart}>{when}</time>
              </Text>
              <StatusBadge status={session.status} />
            </span>
            <LinkButton
              to={paths.prepare(session.id)}
              size="small"
              appearance="subtle"
              aria-label={t('pair.prepareSession', { when })}
            >
              {t('pair.prepare')}
            </LinkButton>
          </li>
        );
      })}
    </ul>
  );
}
