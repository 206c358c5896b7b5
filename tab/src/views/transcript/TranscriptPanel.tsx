import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type ChangeEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { transcriptText } from '../../i18n/transcript';
import { useNamespace, useT } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { elapsed, filterCues } from './filterCues';
import { type TranscriptView, transcriptEndpoints } from './transcriptApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  cue: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  time: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export interface TranscriptPanelProps {
  /** The ended 1on1 whose transcript is shown (the history's session). */
  sessionId: string;
}

/** A 1on1's transcript for its pair: speaker filter, search, and the member's hide switch. */
export function TranscriptPanel(props: TranscriptPanelProps) {
  const styles = useStyles();
  const { t } = useNamespace(transcriptText);
  const { format } = useT();
  const api = useEndpoints(transcriptEndpoints);
  const [view, setView] = useState<TranscriptView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [speaker, setSpeaker] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  const run = useCallback(async (work: () => Promise<TranscriptView>) => {
    setBusy(true);
    setError(null);
    try {
      setView(await work());
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void run(() => api.transcript(props.sessionId));
  }, [api, props.sessionId, run]);

  const shown = useMemo(
    () => (view === null ? [] : filterCues(view.cues, speaker, search)),
    [view, speaker, search],
  );

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const text = await file.text();
    await run(() => api.upload(props.sessionId, text));
  };

  if (view === null) {
    return error === null ? (
      <Spinner size="tiny" label={t('transcript.loading')} />
    ) : (
      <MessageBar intent="error">
        <MessageBarBody>{t('transcript.failed', { reason: error })}</MessageBarBody>
      </MessageBar>
    );
  }

  const notice: Record<Exclude<TranscriptView['state'], 'fetched'>, string> = {
    waiting: t('transcript.waiting'),
    none: t('transcript.none'),
    not_permitted: t('transcript.notPermitted'),
    hidden: t('transcript.hidden'),
    deleted: t('transcript.deleted'),
  };

  return (
    <section className={styles.root} aria-labelledby="transcript-title" data-testid="transcript-panel">
      <Subtitle2 as="h2" id="transcript-title">
        {t('transcript.title')}
      </Subtitle2>
      {view.state !== 'fetched' && (
        <MessageBar intent={view.state === 'not_permitted' ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            {notice[view.state]}
            {view.nextAttemptAt !== null && (
              <div>{t('transcript.waitingNext', { when: format.dateTime(view.nextAttemptAt) })}</div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{t('transcript.failed', { reason: error })}</MessageBarBody>
        </MessageBar>
      )}
      {view.canHide && (
        <div>
          <Button
            disabled={busy}
            onClick={() => run(() => api.setHidden(props.sessionId, view.state === 'fetched'))}
          >
            {view.state === 'fetched' ? t('transcript.hide') : t('transcript.show')}
          </Button>
        </div>
      )}
      {view.canUpload && view.state !== 'hidden' && (
        <Field label={t('transcript.upload')} hint={t('transcript.uploadHint')}>
          {(fieldProps) => (
            <input {...fieldProps} type="file" accept=".vtt,text/vtt" onChange={upload} disabled={busy} />
          )}
        </Field>
      )}
      {view.state === 'fetched' && (
        <>
          <Text size={200}>
            {t('transcript.onlyPair')}
            {view.deleteAfter !== null &&
              ` ${t('transcript.deleteAfter', { date: format.date(view.deleteAfter) })}`}
          </Text>
          <div className={styles.filters}>
            <Field label={t('transcript.speaker')}>
              <Select
                value={speaker ?? ''}
                onChange={(_event, data) => setSpeaker(data.value === '' ? null : data.value)}
              >
                <option value="">{t('transcript.everyone')}</option>
                {view.speakers.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('transcript.search')}>
              <Input type="search" value={search} onChange={(_event, data) => setSearch(data.value)} />
            </Field>
          </div>
          <Text size={200} aria-live="polite">
            {shown.length === 0
              ? t('transcript.noMatches')
              : t('transcript.matches', { count: shown.length, total: view.cues.length })}
          </Text>
          <ol className={styles.list}>
            {shown.map((cue) => (
              <li key={`${cue.startMs}-${cue.id ?? ''}-${cue.text.slice(0, 16)}`} className={styles.cue}>
                <span className={styles.time}>{elapsed(cue.startMs)}</span>
                <span className={styles.text}>
                  <strong>{cue.speaker ?? t('transcript.unknownSpeaker')}</strong> {cue.text}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
