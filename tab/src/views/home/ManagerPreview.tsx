import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { AgendaItem, HistoryEntry, Pair } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import { ResponseHint } from '../prepare/ResponseHint';
import type { FitHints } from '../prepare/useFitHints';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
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
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  theme: { overflowWrap: 'anywhere' },
  expected: { color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  memo: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** The member's items on the next 1on1 with the hoped-for response and a hint on answering it. */
export function MemberItemsPreview(props: { items: AgendaItem[]; memberName: string; fit: FitHints }) {
  const styles = useStyles();
  const { t, locale } = useT();
  const items = props.items.filter((item) => item.authorRole === 'member');
  return (
    <div className={styles.root} data-testid="preview-items">
      <Text as="h3" size={300} weight="semibold" className={styles.heading}>
        {t('preview.heading', { name: props.memberName })}
      </Text>
      {items.length === 0 ? (
        <Text className={styles.muted}>{t('preview.noItems', { name: props.memberName })}</Text>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.item} data-testid="preview-item">
              <Text weight="semibold" className={styles.theme}>
                {item.theme.label[locale]}
              </Text>
              {item.expectedResponse ? (
                <>
                  <Text size={200}>
                    <span className={styles.muted}>{t('agenda.expected')}: </span>
                    <span className={styles.expected}>{item.expectedResponse.label[locale]}</span>
                  </Text>
                  <ResponseHint
                    expected={item.expectedResponse}
                    fit={props.fit.get(item.expectedResponse.id)}
                  />
                </>
              ) : (
                <Text size={200} className={styles.muted}>
                  {t('agenda.awaitingResponse', { name: props.memberName })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function LastSessionSummary(props: { entry: HistoryEntry }) {
  const styles = useStyles();
  const { t, locale } = useT();
  const shared = props.entry.memos.filter((memo) => memo.kind !== 'private');
  const open = props.entry.agenda.filter((item) => item.status !== 'discussed');
  return (
    <div className={styles.root} data-testid="preview-last">
      <Text as="h3" size={300} weight="semibold" className={styles.heading}>
        {t('preview.lastHeading')}
      </Text>
      <Text size={200} weight="semibold">
        {t('preview.sharedMemos')}
      </Text>
      {shared.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t('preview.noSharedMemos')}
        </Text>
      ) : (
        <ul className={styles.list}>
          {shared.map((memo) => (
            <li key={memo.id} className={styles.item}>
              <Text size={200} className={styles.muted}>
                {t(memo.kind === 'next_topics' ? 'memo.next_topics' : 'memo.shared')}
              </Text>
              <Text size={200} className={styles.memo}>
                {memo.body}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text size={200} weight="semibold">
        {t('preview.openItems')}
      </Text>
      {open.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t('preview.noOpenItems')}
        </Text>
      ) : (
        <ul className={styles.list}>
          {open.map((item) => (
            <li key={item.id} className={styles.item}>
              <Text size={200} className={styles.theme}>
                {item.theme.label[locale]}
                {item.expectedResponse && ` — ${item.expectedResponse.label[locale]}`}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What a manager wants in front of them before a member's 1on1: the last one's memos and loose ends. */
export function LastSessionPreview(props: { pair: Pair }) {
  const { t } = useT();
  const api = useApi();
  const history = useLoad((signal) => api.history(props.pair.id, '', signal), [api, props.pair.id]);
  if (props.pair.lastSession === null) return null;
  if (history.status === 'loading')
    return <Spinner size="tiny" label={t('preview.loading')} labelPosition="after" />;
  if (history.status === 'error') return <ErrorState error={history.error} onRetry={history.retry} />;
  const last = history.data.sessions[0];
  return last ? <LastSessionSummary entry={last} /> : null;
}
