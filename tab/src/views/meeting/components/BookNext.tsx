import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SessionSummary } from '../../../api/types';
import { describeError } from '../../../components/describeError';
import { useT } from '../../../i18n/useT';
import { useMeetingT } from '../messages';
import { suggestedNext } from '../timing';
import { Section } from './Section';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
});

/** `YYYY-MM-DDTHH:mm` in local time, as <input type="datetime-local"> speaks. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Fixes the next 1on1 before parting (point 4 of the seed). Until calendar booking through Graph
 * arrives, the date is recorded in Taiwa as the pair's next session.
 */
export function BookNext(props: {
  scheduledStart: string;
  scheduledEnd: string;
  onBook(start: Date, end: Date): Promise<SessionSummary>;
}) {
  const styles = useStyles();
  const { t } = useMeetingT();
  const { t: appT, format } = useT();
  const [suggestion] = useState(() => suggestedNext(props.scheduledStart, props.scheduledEnd));
  const [when, setWhen] = useState(() => toLocalInput(suggestion.start));
  const [minutes, setMinutes] = useState(String(suggestion.minutes));
  const [state, setState] = useState<
    | { status: 'idle' | 'working' }
    | { status: 'booked'; session: SessionSummary }
    | { status: 'error'; error: unknown }
  >({
    status: 'idle',
  });

  const book = async () => {
    const start = new Date(when);
    const length = Number(minutes);
    if (Number.isNaN(start.getTime()) || !Number.isFinite(length)) return;
    setState({ status: 'working' });
    try {
      const session = await props.onBook(start, new Date(start.getTime() + length * 60_000));
      setState({ status: 'booked', session });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  return (
    <Section id="book-title" title={t('book.title')} testId="book-next">
      {state.status === 'booked' ? (
        <Text role="status" data-testid="book-next-done">
          {t('book.booked', {
            when: format.timeRange(state.session.scheduledStart, state.session.scheduledEnd),
          })}
        </Text>
      ) : (
        <>
          <div className={styles.row}>
            <Field label={t('book.date')}>
              <Input
                type="datetime-local"
                value={when}
                onChange={(_, data) => setWhen(data.value)}
                data-testid="book-next-when"
              />
            </Field>
            <Field label={t('book.length')}>
              <Input
                type="number"
                min={5}
                max={480}
                step={5}
                value={minutes}
                onChange={(_, data) => setMinutes(data.value)}
                style={{ width: '7em' }}
              />
            </Field>
          </div>
          <Button onClick={book} disabled={state.status === 'working'} data-testid="book-next-submit">
            {state.status === 'working' ? t('book.working') : t('book.submit')}
          </Button>
          {state.status === 'error' && <Text role="alert">{describeError(state.error, appT)}</Text>}
        </>
      )}
    </Section>
  );
}
