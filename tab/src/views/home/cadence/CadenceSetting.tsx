import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useId, useState } from 'react';
import type { Cadence, CadenceView } from '../../../api/types';
import { describeError } from '../../../components/describeError';
import { useLoad } from '../../../components/useLoad';
import { browserTimeZone } from '../../../host/timeZone';
import { cadenceText } from '../../../i18n/cadence';
import { useNamespace, useT } from '../../../i18n/useT';
import { useApi } from '../../../session/useSession';
import { clockTime, describeCadence, weekdayName } from './describeCadence';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    alignItems: 'end',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, gridColumn: '1 / -1' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const RHYTHMS = ['weekly', 'biweekly', 'monthly'] as const;
const DURATIONS = [15, 30, 45, 60, 90];
const WEEKS = [1, 2, 3, 4, 5];

interface Draft {
  rhythm: Cadence['rhythm'];
  weekday: number;
  time: string;
  durationMinutes: number;
  weekOfMonth: number;
}

function draftOf(cadence: Cadence | null): Draft {
  if (cadence === null)
    return { rhythm: 'weekly', weekday: 1, time: '10:00', durationMinutes: 30, weekOfMonth: 1 };
  return {
    rhythm: cadence.rhythm,
    weekday: cadence.weekday,
    time: clockTime(cadence.minuteOfDay).padStart(5, '0'),
    durationMinutes: cadence.durationMinutes,
    weekOfMonth: cadence.weekOfMonth ?? 1,
  };
}

function cadenceOf(draft: Draft, timeZone: string): Cadence | null {
  const match = /^(\d{2}):(\d{2})$/.exec(draft.time);
  if (match === null) return null;
  return {
    rhythm: draft.rhythm,
    weekday: draft.weekday,
    minuteOfDay: Number(match[1]) * 60 + Number(match[2]),
    durationMinutes: draft.durationMinutes,
    timeZone,
    weekOfMonth: draft.rhythm === 'monthly' ? draft.weekOfMonth : null,
  };
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'removed' }
  | { kind: 'failed'; reason: string };

/**
 * The pair's rhythm on its card: what it is and when it puts the next 1on1, and a small form to
 * set, change or stop it. A refused save keeps the choices on screen with the reason.
 */
export function CadenceSetting(props: { pairId: string }) {
  const styles = useStyles();
  const api = useApi();
  const app = useT();
  const { t, locale } = useNamespace(cadenceText);
  const ids = useId();
  const loaded = useLoad((signal) => api.cadence(props.pairId, signal), [api, props.pairId]);
  // What the last save or removal answered; until then, what was loaded.
  const [saved, setSaved] = useState<CadenceView | null>(null);
  const view = saved ?? (loaded.status === 'done' ? loaded.data : null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const viewerZone = browserTimeZone();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    // The rhythm keeps the zone it was set in unless the person setting it is elsewhere.
    const cadence = cadenceOf(draft, viewerZone);
    if (cadence === null) {
      setStatus({ kind: 'failed', reason: t('cadence.field.time') });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      setSaved(await api.setCadence(props.pairId, cadence));
      setEditing(false);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: describeError(error, app.t) });
    }
  };

  const remove = async () => {
    setStatus({ kind: 'saving' });
    try {
      await api.clearCadence(props.pairId);
      setSaved({ cadence: null, next: null });
      setEditing(false);
      setStatus({ kind: 'removed' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: describeError(error, app.t) });
    }
  };

  const startEditing = () => {
    setDraft(draftOf(view?.cadence ?? null));
    setStatus({ kind: 'idle' });
    setEditing(true);
  };

  return (
    <section className={styles.root} aria-labelledby={`${ids}-heading`} data-testid="cadence">
      <Text as="h3" size={300} weight="semibold" id={`${ids}-heading`}>
        {t('cadence.heading')}
      </Text>
      {view === null && loaded.status === 'loading' && (
        <Spinner size="tiny" aria-label={t('cadence.heading')} />
      )}
      {view === null && loaded.status === 'error' && (
        <div className={styles.row}>
          <Caption1 role="alert">{describeError(loaded.error, app.t)}</Caption1>
          <Button size="small" onClick={loaded.retry}>
            {app.t('error.retry')}
          </Button>
        </div>
      )}
      {view !== null && !editing && (
        <>
          <Text data-testid="cadence-summary">
            {view.cadence === null ? t('cadence.none') : describeCadence(view.cadence, locale, t, viewerZone)}
          </Text>
          {view.next !== null && (
            <Caption1 className={styles.muted} data-testid="cadence-next">
              {t('cadence.next', {
                when: app.format.timeRange(view.next.scheduledStart, view.next.scheduledEnd),
              })}
            </Caption1>
          )}
          <div className={styles.row}>
            <Button size="small" onClick={startEditing} data-testid="cadence-edit">
              {view.cadence === null ? t('cadence.set') : t('cadence.change')}
            </Button>
            {view.cadence !== null && (
              <Button size="small" appearance="subtle" onClick={remove} data-testid="cadence-remove">
                {t('cadence.remove')}
              </Button>
            )}
          </div>
        </>
      )}
      {editing && (
        <form className={styles.form} onSubmit={save} noValidate data-testid="cadence-form">
          <Field label={t('cadence.field.rhythm')}>
            <Select
              value={draft.rhythm}
              onChange={(_, data) => setDraft({ ...draft, rhythm: data.value as Draft['rhythm'] })}
              data-testid="cadence-rhythm"
            >
              {RHYTHMS.map((rhythm) => (
                <option key={rhythm} value={rhythm}>
                  {t(`cadence.rhythm.${rhythm}`)}
                </option>
              ))}
            </Select>
          </Field>
          {draft.rhythm === 'monthly' && (
            <Field label={t('cadence.field.week')}>
              <Select
                value={String(draft.weekOfMonth)}
                onChange={(_, data) => setDraft({ ...draft, weekOfMonth: Number(data.value) })}
                data-testid="cadence-week"
              >
                {WEEKS.map((week) => (
                  <option key={week} value={week}>
                    {t(`cadence.ordinal.${week}` as 'cadence.ordinal.1')}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t('cadence.field.weekday')}>
            <Select
              value={String(draft.weekday)}
              onChange={(_, data) => setDraft({ ...draft, weekday: Number(data.value) })}
              data-testid="cadence-weekday"
            >
              {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
                <option key={weekday} value={weekday}>
                  {weekdayName(weekday, locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('cadence.field.time')}>
            <Input
              type="time"
              value={draft.time}
              onChange={(_, data) => setDraft({ ...draft, time: data.value })}
              data-testid="cadence-time"
            />
          </Field>
          <Field label={t('cadence.field.duration')}>
            <Select
              value={String(draft.durationMinutes)}
              onChange={(_, data) => setDraft({ ...draft, durationMinutes: Number(data.value) })}
              data-testid="cadence-duration"
            >
              {DURATIONS.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('cadence.minutes', { minutes })}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              type="submit"
              disabled={status.kind === 'saving'}
              data-testid="cadence-save"
            >
              {status.kind === 'saving' ? t('cadence.saving') : t('cadence.save')}
            </Button>
            <Button type="button" onClick={() => setEditing(false)} disabled={status.kind === 'saving'}>
              {t('cadence.cancel')}
            </Button>
          </div>
        </form>
      )}
      {status.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t('cadence.failed', { reason: status.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {(status.kind === 'saved' || status.kind === 'removed') && (
        <Caption1 role="status" data-testid="cadence-status">
          {t(status.kind === 'saved' ? 'cadence.saved' : 'cadence.removed')}
        </Caption1>
      )}
    </section>
  );
}
