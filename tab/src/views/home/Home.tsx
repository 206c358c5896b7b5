import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionSummary } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { LinkButton } from './LinkButton';
import { NewPairDialog } from './NewPairDialog';
import { PairCard } from './PairCard';
import { PairStandingCard } from './PairStandingCard';
import { useDialogPresence } from './useDialogPresence';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalL,
    // One column in the side panel, two or three on a desktop.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
  item: { display: 'flex', minWidth: 0, '& > *': { flexGrow: 1 } },
  footer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

/** "My 1on1s": every pair the signed-in user belongs to, and starting a new one. */
export function Home() {
  const styles = useStyles();
  const { t, format } = useT();
  const api = useApi();
  const [reloads, setReloads] = useState(0);
  const pairs = useLoad((signal) => api.pairs(signal), [api, reloads]);
  const me = useLoad((signal) => api.me(signal), [api]);
  const creating = useDialogPresence<true>();
  const [notice, setNotice] = useState<string | null>(null);
  const [bookingPairId, setBookingPairId] = useState<string | null>(null);
  const managesPairs =
    pairs.status === 'done' &&
    pairs.data.pairs.some((pair) => pair.myRole === 'manager' && pair.status !== 'pending');
  useNotifyReady(pairs.status !== 'loading');

  const scheduled = (session: SessionSummary) => {
    setNotice(t('schedule.done', { when: format.timeRange(session.scheduledStart, session.scheduledEnd) }));
    setReloads((n) => n + 1);
  };

  return (
    <section className={styles.root} aria-labelledby="home-title" data-testid="home">
      <div className={styles.top}>
        <Title2 as="h1" id="home-title" className={styles.title}>
          {t('home.title')}
        </Title2>
        <div className={styles.actions}>
          {managesPairs && (
            <LinkButton to={paths.insights()} appearance="subtle" data-testid="home-insights">
              {t('home.insights')}
            </LinkButton>
          )}
          <Button appearance="secondary" onClick={() => creating.show(true)} data-testid="new-pair">
            {t('home.newPair')}
          </Button>
        </div>
      </div>
      {notice && (
        <MessageBar intent="success" layout="multiline" data-testid="home-notice">
          <MessageBarBody>
            <span role="status">{notice}</span>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setNotice(null)}>
              {t('common.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {pairs.status === 'loading' && <LoadingState label={t('home.loading')} testId="home-loading" />}
      {pairs.status === 'error' && <ErrorState error={pairs.error} onRetry={pairs.retry} />}
      {pairs.status === 'done' &&
        (pairs.data.pairs.length === 0 ? (
          <EmptyState title={t('home.empty.title')} body={t('home.empty.body')} testId="home-empty" />
        ) : (
          <ul className={styles.list} aria-label={t('home.pairsLabel')} data-testid="pairs">
            {pairs.data.pairs.map((pair) => (
              <li key={pair.id} className={styles.item}>
                {pair.status === 'established' ? (
                  <PairCard
                    pair={pair}
                    onScheduled={scheduled}
                    booking={bookingPairId === pair.id}
                    onToggleBooking={() => setBookingPairId((open) => (open === pair.id ? null : pair.id))}
                    onBooked={() => setReloads((n) => n + 1)}
                    onEnded={() => setReloads((n) => n + 1)}
                  />
                ) : (
                  <PairStandingCard pair={pair} onChanged={() => setReloads((n) => n + 1)} />
                )}
              </li>
            ))}
          </ul>
        ))}
      <nav className={styles.footer} aria-label={t('home.footerLabel')}>
        <AppLink to={paths.privacy()}>{t('legal.privacy')}</AppLink>
        <AppLink to={paths.terms()}>{t('legal.terms')}</AppLink>
      </nav>
      {creating.value && (
        <NewPairDialog
          open={creating.open}
          meId={me.status === 'done' ? me.data.id : null}
          onClose={creating.hide}
          onCreated={() => {
            creating.hide();
            setReloads((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
