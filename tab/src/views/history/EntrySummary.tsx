import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { summaryText } from '../../i18n/summary';
import { useNamespace, useT } from '../../i18n/useT';

// The summary's editor and its calls load only when someone opens it.
const SummaryPanel = lazy(() => import('../summary').then((m) => ({ default: m.SummaryPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start' },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
});

/** A past 1on1's summary behind a disclosure button, collapsed until asked for. */
export function EntrySummary(props: { sessionId: string; pairId: string; isManager: boolean }) {
  const styles = useStyles();
  const { t: appText } = useT();
  const { t } = useNamespace(summaryText);
  const [open, setOpen] = useState(false);
  const panelId = `summary-${props.sessionId}`;
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
        data-testid="history-summary-toggle"
      >
        {open ? t('summary.hide') : t('summary.show')}
      </Button>
      {open && (
        <div id={panelId} className={styles.panel}>
          <Suspense fallback={<Spinner size="tiny" label={appText('app.loading')} labelPosition="after" />}>
            <SummaryPanel sessionId={props.sessionId} pairId={props.pairId} isManager={props.isManager} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
