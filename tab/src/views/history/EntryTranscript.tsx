import { lazy } from 'react';
import { useT } from '../../i18n/useT';
import { HistoryDisclosure } from './HistoryDisclosure';

// Transcripts are long and read now and then, so the panel's code and data load only when opened.
const TranscriptPanel = lazy(() => import('../transcript').then((m) => ({ default: m.TranscriptPanel })));

/** A past 1on1's transcript behind a disclosure button, collapsed until asked for. */
export function EntryTranscript(props: { sessionId: string; open: boolean; onToggle(): void }) {
  const { t } = useT();
  return (
    <HistoryDisclosure
      panelId={`transcript-${props.sessionId}`}
      open={props.open}
      onToggle={props.onToggle}
      label={props.open ? t('history.hideTranscript') : t('history.showTranscript')}
      loadingLabel={t('app.loading')}
      testId="history-transcript-toggle"
    >
      <TranscriptPanel sessionId={props.sessionId} />
    </HistoryDisclosure>
  );
}
