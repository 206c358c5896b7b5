import { Badge, Card, makeStyles, Subtitle2, Text, Title2, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { insightsText } from '../../i18n/insights';
import { useNamespace } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import { AdviceCard } from './AdviceCard';
import { percent } from './percent';
import type { MyInsights, ResponseFeedback, StageSummary } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { margin: 0 },
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
  },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const BADGE: Record<ResponseFeedback['assessment'], 'success' | 'warning' | 'informative' | 'subtle'> = {
  strength: 'success',
  weakness: 'warning',
  mixed: 'informative',
  not_enough_data: 'subtle',
};

export function ResponseFit(props: { response: ResponseFeedback }) {
  const { t, locale } = useNamespace(insightsText);
  const { response } = props;
  const assessment =
    response.assessment === 'strength'
      ? t('insights.strength')
      : response.assessment === 'weakness'
        ? t('insights.weakness')
        : response.assessment === 'mixed'
          ? t('insights.mixed')
          : null;
  return (
    <li data-testid={`fit-${response.expectedResponseId}`}>
      <Text weight="semibold">{response.label[locale]}</Text>{' '}
      {assessment !== null && (
        <Badge appearance="tint" color={BADGE[response.assessment]}>
          {assessment}
        </Badge>
      )}
      <br />
      <Text size={200}>
        {response.ratings < 3
          ? t('insights.notEnough', { ratings: response.ratings })
          : t('insights.fitLine', {
              yes: response.yes,
              ratings: response.ratings,
              partly: response.partly,
              no: response.no,
            })}
      </Text>
    </li>
  );
}

export function StageLine(props: { stage: StageSummary | null }) {
  const { t, locale } = useNamespace(insightsText);
  if (props.stage === null) return <Text size={200}>{t('insights.noStage')}</Text>;
  return (
    <Text size={200}>
      {t('insights.stage', { stage: props.stage.current.name[locale] })} ·{' '}
      {t(`insights.stageTrend.${props.stage.trend}`)}
    </Text>
  );
}

function Body(props: { data: MyInsights }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(insightsText);
  const { data } = props;
  if (!data.managesPairs) return <Text>{t('insights.notManager')}</Text>;
  const labelOf = (id: string) => {
    const found = data.responses.find((r) => r.expectedResponseId === id);
    return found === undefined ? id : found.label[locale];
  };
  return (
    <>
      <Text>
        {t('insights.window', { months: data.window.months.length })}{' '}
        {t('insights.sessions', { count: data.sessions })}{' '}
        {data.clarityBand === null
          ? t('insights.clarityUnknown')
          : t('insights.clarity', { band: t(`insights.clarityBand.${data.clarityBand}`) })}
      </Text>
      <Text size={200} data-testid="clarity-explanation">
        {t('insights.clarityExplain')}
      </Text>
      <div className={styles.grid}>
        <Card className={styles.card}>
          <Subtitle2 as="h2">{t('insights.byResponse')}</Subtitle2>
          <ul className={styles.list}>
            {data.responses.map((response) => (
              <ResponseFit key={response.expectedResponseId} response={response} />
            ))}
          </ul>
        </Card>
        <Card className={styles.card}>
          <Subtitle2 as="h2">{t('insights.strengths')}</Subtitle2>
          <Text>
            {data.strengths.length === 0 ? t('insights.none') : data.strengths.map(labelOf).join('、')}
          </Text>
          <Subtitle2 as="h2">{t('insights.weaknesses')}</Subtitle2>
          <Text>
            {data.weaknesses.length === 0 ? t('insights.none') : data.weaknesses.map(labelOf).join('、')}
          </Text>
        </Card>
      </div>
      {data.advice.length > 0 && (
        <section className={styles.card} aria-labelledby="insights-advice">
          <Subtitle2 as="h2" id="insights-advice">
            {t('insights.advice')}
          </Subtitle2>
          <div className={styles.grid}>
            {data.advice.map((advice) => (
              <AdviceCard key={advice.expectedResponseId} advice={advice} />
            ))}
          </div>
        </section>
      )}
      <section className={styles.card} aria-labelledby="insights-members">
        <Subtitle2 as="h2" id="insights-members">
          {t('insights.members')}
        </Subtitle2>
        <div className={styles.grid}>
          {data.members.map((member) => (
            <Card key={member.pairId} className={styles.card} data-testid={`member-${member.pairId}`}>
              <Text weight="semibold">{member.member.displayName}</Text>
              <StageLine stage={member.stage} />
              <Text size={200}>
                {member.clarityBand === null
                  ? t('insights.clarityUnknown')
                  : t('insights.clarity', { band: t(`insights.clarityBand.${member.clarityBand}`) })}
              </Text>
              <Text size={200}>
                {t('insights.asksFor', {
                  list:
                    member.responses.length === 0
                      ? t('insights.none')
                      : member.responses
                          .slice(0, 3)
                          .map((r) => `${r.label[locale]}（${r.ratings}）`)
                          .join('、'),
                })}
              </Text>
              <Text size={200}>
                {t('insights.worked', {
                  list:
                    member.worked.length === 0 ? t('insights.none') : member.worked.map(labelOf).join('、'),
                })}
              </Text>
            </Card>
          ))}
        </div>
      </section>
      <section className={styles.card} aria-labelledby="insights-trend">
        <Subtitle2 as="h2" id="insights-trend">
          {t('insights.trend')}
        </Subtitle2>
        <ul className={styles.list}>
          {data.trend
            .filter((point) => point.sessions > 0)
            .map((point) => (
              <li key={point.month}>
                {t('insights.trendRow', {
                  month: point.month,
                  sessions: point.sessions,
                  clarity:
                    point.clarityBand === null
                      ? t('insights.dash')
                      : t(`insights.clarityBand.${point.clarityBand}`),
                  fit: point.fitRate === null ? t('insights.dash') : percent(point.fitRate),
                })}
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}

/** The manager's personal tab: how their ways of responding fit each member, and how to improve. */
export function ManagerInsights() {
  const styles = useStyles();
  const { t } = useNamespace(insightsText);
  const api = useApi();
  const insights = useLoad((signal) => api.myInsights(signal), [api]);
  useNotifyReady(insights.status !== 'loading');
  return (
    <section className={styles.root} aria-labelledby="insights-title" data-testid="manager-insights">
      <Title2 as="h1" id="insights-title" className={styles.title}>
        {t('insights.title')}
      </Title2>
      {insights.status === 'loading' && <LoadingState label={t('insights.loading')} />}
      {insights.status === 'error' && <ErrorState error={insights.error} onRetry={insights.retry} />}
      {insights.status === 'done' && <Body data={insights.data} />}
    </section>
  );
}
