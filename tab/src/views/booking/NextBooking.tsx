import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, GRAPH_CONSENT_REQUIRED, type Problem } from '../../api/ApiError';
import { bookingText } from '../../i18n/booking';
import { useNamespace, useT } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { type BookedSession, bookingEndpoints, type Proposal } from './bookingApi';
import { ConsentPrompt } from './ConsentPrompt';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface NextBookingProps {
  /** The 1on1 whose next one is booked (usually the one in progress). */
  sessionId: string;
  /** The next session when one is already booked (from GET /sessions/:id). */
  booked?: BookedSession | null;
  onBooked?(next: BookedSession): void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'choosing'; proposals: Proposal[]; chosen: number; rhythmBusy: string | null }
  | { kind: 'booking'; proposals: Proposal[]; chosen: number; rhythmBusy: string | null }
  | { kind: 'consent'; problem: Problem }
  | { kind: 'failed'; reason: string };

/** Finds times both people are free and books the next 1on1 (Outlook + Teams, or .ics in dev mode). */
export function NextBooking(props: NextBookingProps) {
  const styles = useStyles();
  const { t } = useNamespace(bookingText);
  const { format } = useT();
  const api = useEndpoints(bookingEndpoints);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [booked, setBooked] = useState<BookedSession | null>(props.booked ?? null);

  const fail = (error: unknown) => {
    const problem = error instanceof ApiError ? error.problem : null;
    if (problem?.type === GRAPH_CONSENT_REQUIRED) {
      setStep({ kind: 'consent', problem });
    } else if (problem?.status === 409 && isBooked(problem.current)) {
      setBooked(problem.current);
      setStep({ kind: 'idle' });
    } else {
      setStep({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const find = async () => {
    setStep({ kind: 'loading' });
    try {
      const { proposals, rhythm } = await api.proposals(props.sessionId);
      const rhythmBusy =
        rhythm === null || rhythm.free ? null : format.timeRange(rhythm.scheduledStart, rhythm.scheduledEnd);
      setStep({ kind: 'choosing', proposals, chosen: 0, rhythmBusy });
    } catch (error) {
      fail(error);
    }
  };

  const book = async (proposals: Proposal[], chosen: number, rhythmBusy: string | null) => {
    const slot = proposals[chosen];
    if (slot === undefined) return;
    setStep({ kind: 'booking', proposals, chosen, rhythmBusy });
    try {
      const next = await api.bookNext(props.sessionId, slot);
      setBooked(next);
      setStep({ kind: 'idle' });
      props.onBooked?.(next);
    } catch (error) {
      fail(error);
    }
  };

  if (booked !== null) {
    return (
      <section className={styles.root} aria-labelledby="next-booking-title" data-testid="next-booking-done">
        <Subtitle2 as="h2" id="next-booking-title">
          {t('booking.booked', { when: format.timeRange(booked.scheduledStart, booked.scheduledEnd) })}
        </Subtitle2>
        <Text>
          {booked.cancelled
            ? t('booking.cancelled')
            : booked.calendar === 'graph'
              ? t('booking.bookedTeams')
              : t('booking.bookedLocal')}
        </Text>
        {!booked.cancelled && booked.calendar === 'graph' && booked.calendarFollowed === false && (
          <MessageBar intent="warning" layout="multiline" data-testid="calendar-not-followed">
            <MessageBarBody>{t('booking.notFollowed')}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          {booked.joinUrl !== null && (
            <Link href={booked.joinUrl} target="_blank" rel="noopener">
              {t('booking.join')}
            </Link>
          )}
          <Button onClick={() => api.downloadIcs(booked.id).catch(fail)}>{t('booking.ics')}</Button>
        </div>
      </section>
    );
  }

  return (
    <section className={styles.root} aria-labelledby="next-booking-title" data-testid="next-booking">
      <Subtitle2 as="h2" id="next-booking-title">
        {t('booking.title')}
      </Subtitle2>
      <Text>{t('booking.intro')}</Text>
      {step.kind === 'idle' && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={find}>
            {t('booking.find')}
          </Button>
        </div>
      )}
      {step.kind === 'loading' && <Spinner size="tiny" label={t('booking.finding')} />}
      {(step.kind === 'choosing' || step.kind === 'booking') && step.rhythmBusy !== null && (
        <Text data-testid="booking-rhythm-busy">{t('booking.rhythmBusy', { when: step.rhythmBusy })}</Text>
      )}
      {(step.kind === 'choosing' || step.kind === 'booking') &&
        (step.proposals.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>{t('booking.none')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <RadioGroup
              aria-label={t('booking.choose')}
              value={String(step.chosen)}
              onChange={(_event, data) =>
                setStep({
                  kind: 'choosing',
                  proposals: step.proposals,
                  chosen: Number(data.value),
                  rhythmBusy: step.rhythmBusy,
                })
              }
            >
              {step.proposals.map((proposal, index) => (
                <Radio
                  key={proposal.scheduledStart}
                  value={String(index)}
                  label={
                    proposal.rhythm === true
                      ? t('booking.rhythmTag', {
                          when: format.timeRange(proposal.scheduledStart, proposal.scheduledEnd),
                        })
                      : format.timeRange(proposal.scheduledStart, proposal.scheduledEnd)
                  }
                  data-rhythm={proposal.rhythm === true}
                  disabled={step.kind === 'booking'}
                />
              ))}
            </RadioGroup>
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={step.kind === 'booking'}
                onClick={() => book(step.proposals, step.chosen, step.rhythmBusy)}
              >
                {step.kind === 'booking' ? t('booking.booking') : t('booking.book')}
              </Button>
            </div>
          </>
        ))}
      {step.kind === 'consent' && <ConsentPrompt problem={step.problem} onGranted={find} />}
      {step.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('booking.failed', { reason: step.reason })}</MessageBarBody>
          <Button onClick={find}>{t('booking.retry')}</Button>
        </MessageBar>
      )}
    </section>
  );
}

function isBooked(value: unknown): value is BookedSession {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'scheduledStart' in value &&
    'icsUrl' in value
  );
}
