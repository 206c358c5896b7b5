import { Field, makeStyles, SearchBox, Text, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { HistoryEntryCard } from './HistoryEntryCard';
import { HISTORY_SEARCH_LIMIT } from './searchLimit';
import { useDebouncedValue } from './useDebouncedValue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  title: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SEARCH_DELAY_MS = 300;

/** Every ended 1on1 of a pair, newest first, searchable across agenda and memos. */
export function HistoryPage(props: { pairId: string }) {
  const styles = useStyles();
  const { t } = useT();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [transcriptFor, setTranscriptFor] = useState<string | null>(null);
  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const pairs = useLoad((signal) => api.pairs(signal), [api]);
  const history = useLoad(
    (signal) => api.history(props.pairId, settled, signal),
    [api, props.pairId, settled],
  );
  useNotifyReady(history.status !== 'loading');

  const pair = pairs.status === 'done' ? pairs.data.pairs.find((p) => p.id === props.pairId) : undefined;
  const partner = pair ? (pair.myRole === 'manager' ? pair.member : pair.manager) : null;

  return (
    <section className={styles.root} aria-labelledby="history-title" data-testid="history">
      <nav aria-label={t('prepare.back')}>
        <AppLink to={paths.home()}>{t('prepare.back')}</AppLink>
      </nav>
      <Title2 as="h1" id="history-title" className={styles.title}>
        {partner ? t('history.title', { name: partner.displayName }) : t('history.titleGeneric')}
      </Title2>
      <Field label={t('history.search')}>
        {/* The server searches for at most this many characters; the box never holds more. */}
        <SearchBox
          value={query}
          maxLength={HISTORY_SEARCH_LIMIT}
          onChange={(_, data) => setQuery(data.value)}
          data-testid="history-search"
        />
      </Field>
      {history.status === 'loading' && <LoadingState label={t('history.loading')} testId="history-loading" />}
      {history.status === 'error' && <ErrorState error={history.error} onRetry={history.retry} />}
      {history.status === 'done' &&
        (history.data.sessions.length === 0 ? (
          settled === '' ? (
            <EmptyState
              title={t('history.emptyTitle')}
              body={t('history.emptyBody')}
              testId="history-empty"
            />
          ) : (
            <EmptyState
              title={t('history.noMatchTitle', { query: settled })}
              body={t('history.noMatchBody')}
              testId="history-no-match"
            />
          )
        ) : (
          <>
            <Text role="status" className={styles.muted} data-testid="history-count">
              {t('history.count', { count: history.data.sessions.length })}
            </Text>
            <ul className={styles.list}>
              {history.data.sessions.map((entry) => (
                <li key={entry.id}>
                  <HistoryEntryCard
                    entry={entry}
                    myRole={pair?.myRole ?? 'member'}
                    transcriptOpen={transcriptFor === entry.id}
                    onToggleTranscript={() =>
                      setTranscriptFor((open) => (open === entry.id ? null : entry.id))
                    }
                  />
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
