import { lazy, useState } from 'react';
import { summaryText } from '../../i18n/summary';
import { useNamespace, useT } from '../../i18n/useT';
import { HistoryDisclosure } from './HistoryDisclosure';

// The summary's editor and its calls load only when someone opens it.
const SummaryPanel = lazy(() => import('../summary').then((m) => ({ default: m.SummaryPanel })));

/** A past 1on1's summary behind a disclosure button, collapsed until asked for. */
export function EntrySummary(props: { sessionId: string; pairId: string; isManager: boolean }) {
  const { t: appText } = useT();
  const { t } = useNamespace(summaryText);
  const [open, setOpen] = useState(false);
  return (
    <HistoryDisclosure
      panelId={`summary-${props.sessionId}`}
      open={open}
      onToggle={() => setOpen((was) => !was)}
      label={open ? t('summary.hide') : t('summary.show')}
      loadingLabel={appText('app.loading')}
      testId="history-summary-toggle"
    >
      <SummaryPanel sessionId={props.sessionId} pairId={props.pairId} isManager={props.isManager} />
    </HistoryDisclosure>
  );
}
