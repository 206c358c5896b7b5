import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { Pair, SessionSummary } from '../../api/types';
import { describeError } from '../../components/describeError';
import { FormDialog } from '../../components/FormDialog';
import { useSubmit } from '../../components/useSubmit';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import {
  defaultScheduleFields,
  type ScheduleFields,
  type ScheduleProblem,
  toNewSession,
  userTimeZone,
} from './schedule';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

const DURATIONS = [15, 30, 45, 60, 90, 120];

const problemMessages: Record<
  ScheduleProblem,
  Extract<
    MessageKey,
    `schedule.${'invalidDate' | 'invalidTime' | 'nonexistentTime' | 'inPast' | 'badDuration'}`
  >
> = {
  invalidDate: 'schedule.invalidDate',
  invalidTime: 'schedule.invalidTime',
  nonexistentTime: 'schedule.nonexistentTime',
  inPast: 'schedule.inPast',
  duration: 'schedule.badDuration',
};

const problemField: Record<ScheduleProblem, 'date' | 'time' | 'duration'> = {
  invalidDate: 'date',
  invalidTime: 'time',
  nonexistentTime: 'time',
  inPast: 'time',
  duration: 'duration',
};

/** The 1on1 already planned at that time, when the server refused a second one (409 overlapping-1on1). */
function existingOverlap(error: unknown): SessionSummary | null {
  if (!(error instanceof ApiError) || error.problem?.type !== 'urn:taiwa:problem:overlapping-1on1')
    return null;
  const current = error.problem.current;
  if (typeof current !== 'object' || current === null) return null;
  const { scheduledStart, scheduledEnd } = current as Partial<SessionSummary>;
  return typeof scheduledStart === 'string' && typeof scheduledEnd === 'string'
    ? (current as SessionSummary)
    : null;
}

/** Date, start time and length of a new 1on1, read in the user's own time zone. */
export function ScheduleDialog(props: {
  pair: Pair;
  open: boolean;
  onClose(): void;
  onScheduled(session: SessionSummary): void;
}) {
  const styles = useStyles();
  const { t, format } = useT();
  const api = useApi();
  const ids = useId();
  const partner = props.pair.myRole === 'manager' ? props.pair.member : props.pair.manager;
  const [fields, setFields] = useState<ScheduleFields>(() =>
    defaultScheduleFields(new Date(), userTimeZone()),
  );
  const [problem, setProblem] = useState<ScheduleProblem | null>(null);
  const { busy, failure, submit: send, clearFailure } = useSubmit();

  const update = (patch: Partial<ScheduleFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    setProblem(null);
    clearFailure();
  };
  const overlap = existingOverlap(failure);

  const submit = () => {
    const result = toNewSession(fields, new Date());
    if (!result.ok) {
      setProblem(result.problem);
      document.getElementById(`${ids}-${problemField[result.problem]}`)?.focus();
      return;
    }
    void send(async () => props.onScheduled(await api.createSession(props.pair.id, result.body)));
  };

  const messageFor = (field: 'date' | 'time' | 'duration') =>
    problem && problemField[problem] === field ? t(problemMessages[problem]) : undefined;

  return (
    <FormDialog
      open={props.open}
      title={t('schedule.title', { name: partner.displayName })}
      submitLabel={t('schedule.submit')}
      cancelLabel={t('common.cancel')}
      busy={busy}
      error={
        failure === null || overlap !== null
          ? null
          : t('schedule.failed', { reason: describeError(failure, t) })
      }
      testId="schedule-dialog"
      submitTestId="schedule-submit"
      onSubmit={submit}
      onClose={props.onClose}
    >
      {overlap !== null && (
        <MessageBar intent="warning" layout="multiline" role="alert" data-testid="schedule-overlap">
          <MessageBarBody>
            {t('schedule.overlap', {
              name: partner.displayName,
              when: format.timeRange(overlap.scheduledStart, overlap.scheduledEnd),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('schedule.date')} required validationMessage={messageFor('date')}>
        <Input
          id={`${ids}-date`}
          type="date"
          value={fields.date}
          onChange={(_, data) => update({ date: data.value })}
          data-testid="schedule-date"
        />
      </Field>
      <Field label={t('schedule.time')} required validationMessage={messageFor('time')}>
        <Input
          id={`${ids}-time`}
          type="time"
          value={fields.time}
          onChange={(_, data) => update({ time: data.value })}
          data-testid="schedule-time"
        />
      </Field>
      <Field label={t('schedule.duration')} validationMessage={messageFor('duration')}>
        <Select
          id={`${ids}-duration`}
          value={String(fields.durationMinutes)}
          onChange={(_, data) => update({ durationMinutes: Number(data.value) })}
          data-testid="schedule-duration"
        >
          {DURATIONS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('schedule.minutes', { n: minutes })}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200} className={styles.muted}>
        {t('schedule.timeZone', { zone: fields.timeZone })}
      </Text>
    </FormDialog>
  );
}
