import { Button, Caption1, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionStatus } from '../../../api/types';
import { type PillTone, StatusPill } from '../../../components/StatusPill';
import { meetingText } from '../../../i18n/meeting';
import type { TranslatorOf } from '../../../i18n/namespace';
import { useNamespace } from '../../../i18n/useT';
import { countdown, type Timing } from '../timing';
import type { Connection } from '../useSessionEvents';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  confirm: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
});

const STATUS_TONE: Record<SessionStatus, PillTone> = {
  planned: 'brand',
  live: 'success',
  ended: 'neutral',
};

export function timingText(t: TranslatorOf<typeof meetingText>, timing: Timing): string {
  const text = countdown(timing);
  return text.key === 'timer.startsInOneDay' ? t(text.key) : t(text.key, { n: text.n });
}

/** Who the 1on1 is with, where it stands, the clock, and the connection when it is not live. */
export function MeetingHeader(props: {
  otherName: string;
  status: SessionStatus;
  timing: Timing;
  connection: Connection;
  pendingEdits: number;
  onEnd(): void;
}) {
  const styles = useStyles();
  const { t } = useNamespace(meetingText);
  const [confirming, setConfirming] = useState(false);
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {t('meeting.title', { name: props.otherName })}
      </Title3>
      <div className={styles.row}>
        <StatusPill tone={STATUS_TONE[props.status]} data-testid="meeting-status" data-status={props.status}>
          {t(`meeting.status.${props.status}`)}
        </StatusPill>
        {props.status !== 'ended' && (
          <Caption1 data-testid="meeting-timer">{timingText(t, props.timing)}</Caption1>
        )}
      </div>
      {props.connection !== 'open' && (
        <Caption1 role="status" data-testid="meeting-connection">
          {props.connection === 'offline'
            ? t('meeting.connection.offline')
            : t('meeting.connection.connecting')}
        </Caption1>
      )}
      {props.pendingEdits > 0 && (
        <Caption1>{t('meeting.connection.pending', { count: props.pendingEdits })}</Caption1>
      )}
      {props.status !== 'ended' && !confirming && (
        <Button size="small" onClick={() => setConfirming(true)} data-testid="meeting-end">
          {t('meeting.end')}
        </Button>
      )}
      {props.status !== 'ended' && confirming && (
        // An inline confirmation: ending is for both people, so it asks once, without a modal.
        <fieldset aria-labelledby="end-confirm-text" className={styles.confirm}>
          <Text id="end-confirm-text">{t('meeting.endConfirm')}</Text>
          <Button
            size="small"
            appearance="primary"
            onClick={() => {
              setConfirming(false);
              props.onEnd();
            }}
            data-testid="meeting-end-confirm"
          >
            {t('meeting.end')}
          </Button>
          <Button size="small" onClick={() => setConfirming(false)}>
            {t('memos.cancel')}
          </Button>
        </fieldset>
      )}
    </header>
  );
}
