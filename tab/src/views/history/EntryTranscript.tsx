import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/useT';

// Transcripts are long and read now and then, so the panel's code and data load only when opened.
const TranscriptPanel = lazy(() => import('../transcript').then((m) => ({ default: m.TranscriptPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start' },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
});

/** A past 1on1's transcript behind a disclosure button, collapsed until asked for. */
export function EntryTranscript(props: { sessionId: string; open: boolean; onToggle(): void }) {
  const styles = useStyles();
  const { t } = useT();
  const panelId = `transcript-${props.sessionId}`;
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        aria-expanded={props.open}
        aria-controls={props.open ? panelId : undefined}
        onClick={props.onToggle}
        data-testid="history-transcript-toggle"
      >
        {props.open ? t('history.hideTranscript') : t('history.showTranscript')}
      </Button>
      {props.open && (
        <div id={panelId} className={styles.panel}>
          <Suspense fallback={<Spinner size="tiny" label={t('app.loading')} labelPosition="after" />}>
            <TranscriptPanel sessionId={props.sessionId} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
