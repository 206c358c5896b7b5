import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { useLoad } from '../components/useLoad';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';
import { useApi } from '../session/useSession';
import { PairCard } from './PairCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalL,
    // One column in the side panel, two or three on a desktop.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 320px), 1fr))',
  },
  item: { display: 'flex', minWidth: 0, '& > *': { flexGrow: 1 } },
});

/** "My 1on1s": every pair the signed-in user belongs to. */
export function Home() {
  const styles = useStyles();
  const { t } = useT();
  const api = useApi();
  const pairs = useLoad((signal) => api.pairs(signal), [api]);
  useNotifyReady(pairs.status !== 'loading');

  return (
    <section className={styles.root} aria-labelledby="home-title" data-testid="home">
      <Title2 as="h1" id="home-title" className={styles.title}>
        {t('home.title')}
      </Title2>
      {pairs.status === 'loading' && <LoadingState label={t('home.loading')} testId="home-loading" />}
      {pairs.status === 'error' && <ErrorState error={pairs.error} onRetry={pairs.retry} />}
      {pairs.status === 'done' &&
        (pairs.data.pairs.length === 0 ? (
          <EmptyState title={t('home.empty.title')} body={t('home.empty.body')} testId="home-empty" />
        ) : (
          <ul className={styles.list} aria-label={t('home.pairsLabel')} data-testid="pairs">
            {pairs.data.pairs.map((pair) => (
              <li key={pair.id} className={styles.item}>
                <PairCard pair={pair} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
