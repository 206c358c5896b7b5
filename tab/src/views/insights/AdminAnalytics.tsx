import {
  Button,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { saveFile } from '../../api/client';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { insightsText } from '../../i18n/insights';
import { useNamespace, useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import { percent } from './percent';
import type { AdminAnalytics as AnalyticsData, AnalyticsRow, Figure, UnitAnalytics } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { margin: 0 },
  header: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  scroll: { overflowX: 'auto' },
});

function useFigure() {
  const { t } = useNamespace(insightsText);
  return (figure: Figure, min: number, kind: 'percent' | 'number') => {
    if (figure.suppressed) return t('analytics.suppressed', { min });
    if (figure.value === null) return t('insights.dash');
    return kind === 'percent' ? percent(figure.value) : String(figure.value);
  };
}

function Row(props: { label: string; row: AnalyticsRow; min: number }) {
  const { t } = useNamespace(insightsText);
  const show = useFigure();
  const { row, min } = props;
  return (
    <TableRow>
      <TableCell>{props.label}</TableCell>
      <TableCell>{row.people === null ? t('analytics.suppressed', { min }) : row.people}</TableCell>
      <TableCell>{show(row.completionRate, min, 'percent')}</TableCell>
      <TableCell>{show(row.averageIntervalDays, min, 'number')}</TableCell>
      <TableCell>{show(row.preparationRate, min, 'percent')}</TableCell>
      <TableCell>{show(row.averageClarity, min, 'number')}</TableCell>
    </TableRow>
  );
}

function FigureTable(props: {
  rows: Array<{ key: string; label: string; row: AnalyticsRow }>;
  min: number;
  caption: string;
}) {
  const { t } = useNamespace(insightsText);
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={props.caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('analytics.unit')}</TableHeaderCell>
            <TableHeaderCell>{t('analytics.people')}</TableHeaderCell>
            <TableHeaderCell>{t('analytics.completion')}</TableHeaderCell>
            <TableHeaderCell>{t('analytics.interval')}</TableHeaderCell>
            <TableHeaderCell>{t('analytics.preparation')}</TableHeaderCell>
            <TableHeaderCell>{t('analytics.clarity')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((row) => (
            <Row key={row.key} label={row.label} row={row.row} min={props.min} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Body(props: { data: AnalyticsData }) {
  const { t, locale } = useNamespace(insightsText);
  const { format } = useT();
  const show = useFigure();
  const { data } = props;
  const min = data.minGroupSize;
  const unitRows = [data.tenant, ...data.units].map((unit: UnitAnalytics) => ({
    key: unit.unit.key,
    label: unit.unit.label[locale],
    row: unit.total,
  }));
  const stages = data.tenant.total.stageDistribution;
  return (
    <>
      <Text>{t('analytics.asOf', { date: format.dateTime(data.asOf), min })}</Text>
      <FigureTable rows={unitRows} min={min} caption={t('analytics.title')} />
      <Subtitle2 as="h2">{t('analytics.fit')}</Subtitle2>
      <ul>
        {data.tenant.total.fitRates.map((fit) => (
          <li key={fit.expectedResponseId}>
            {
              (data.expectedResponses.find((r) => r.id === fit.expectedResponseId)?.label ?? {
                ja: fit.expectedResponseId,
                en: fit.expectedResponseId,
              })[locale]
            }
            : {show(fit, min, 'percent')}
          </li>
        ))}
      </ul>
      {stages !== null && (
        <>
          <Subtitle2 as="h2">{t('analytics.stages')}</Subtitle2>
          <Text>{stages.suppressed ? t('analytics.suppressed', { min }) : stages.counts.join(' / ')}</Text>
        </>
      )}
      <Subtitle2 as="h2">{t('analytics.months')}</Subtitle2>
      <FigureTable
        rows={data.tenant.months.map((row) => ({ key: row.period, label: row.period, row }))}
        min={min}
        caption={t('analytics.months')}
      />
    </>
  );
}

/** Admin (HR) analytics: aggregates per organisation unit; groups under five people stay hidden. */
export function AdminAnalytics() {
  const styles = useStyles();
  const { t } = useNamespace(insightsText);
  const api = useApi();
  const analytics = useLoad((signal) => api.adminAnalytics(signal), [api]);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  useNotifyReady(analytics.status !== 'loading');

  // The CSV needs the bearer token, so it is fetched and handed to the browser as a file.
  async function downloadCsv() {
    setDownloadError(null);
    try {
      saveFile(await api.adminAnalyticsCsv(), 'taiwa-analytics.csv');
    } catch (error) {
      setDownloadError(error);
    }
  }

  return (
    <section className={styles.root} aria-labelledby="analytics-title" data-testid="admin-analytics">
      <div className={styles.header}>
        <Title2 as="h1" id="analytics-title" className={styles.title}>
          {t('analytics.title')}
        </Title2>
        <Button onClick={() => void downloadCsv()} data-testid="analytics-csv">
          {t('analytics.csv')}
        </Button>
      </div>
      {downloadError !== null && <ErrorState error={downloadError} />}
      {analytics.status === 'loading' && <LoadingState label={t('analytics.loading')} />}
      {analytics.status === 'error' && <ErrorState error={analytics.error} onRetry={analytics.retry} />}
      {analytics.status === 'done' && <Body data={analytics.data} />}
    </section>
  );
}
