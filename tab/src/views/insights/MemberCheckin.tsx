import {
  Button,
  Card,
  Checkbox,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { insightsText } from '../../i18n/insights';
import { useNamespace, useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import { StageLine } from './ManagerInsights';
import type { CheckinList, CheckinView } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  statement: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  scale: { flexWrap: 'wrap' },
});

const SCALE = ['1', '2', '3', '4', '5'] as const;

function Result(props: { checkin: CheckinView }) {
  const { t, locale } = useNamespace(insightsText);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="checkin-result">
      <MessageBarBody>
        {props.checkin.stage !== null && (
          <strong>{t('checkin.result', { stage: props.checkin.stage.name[locale] })}</strong>
        )}
        {props.checkin.explanation !== null && <div>{props.checkin.explanation[locale]}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

function Form(props: { list: CheckinList; pairId: string; onDone(checkin: CheckinView): void }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(insightsText);
  const api = useApi();
  const [answers, setAnswers] = useState<Array<number | null>>(() => props.list.statements.map(() => null));
  const [share, setShare] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const complete = answers.every((answer) => answer !== null);

  async function submit() {
    setSending(true);
    setError(null);
    try {
      props.onDone(
        await api.submitCheckin(props.pairId, {
          answers: answers.map((a) => a ?? 1),
          shareWithManager: share,
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) void submit();
      }}
    >
      <Text>{t('checkin.intro')}</Text>
      <Text size={200}>{t('checkin.scale')}</Text>
      {props.list.statements.map((statement, index) => {
        const n = index + 1;
        const labelId = `checkin-statement-${n}`;
        return (
          <div key={n} className={styles.statement}>
            <Text id={labelId}>{t('checkin.statement', { n, text: statement[locale] })}</Text>
            <RadioGroup
              className={styles.scale}
              layout="horizontal"
              aria-labelledby={labelId}
              value={answers[index]?.toString() ?? ''}
              onChange={(_, data) =>
                setAnswers((current) => current.map((value, i) => (i === index ? Number(data.value) : value)))
              }
            >
              {SCALE.map((value) => (
                <Radio key={value} value={value} label={value} />
              ))}
            </RadioGroup>
          </div>
        );
      })}
      <Checkbox
        checked={share}
        onChange={(_, data) => setShare(data.checked === true)}
        label={t('checkin.share')}
      />
      {error !== null && <ErrorState error={error} />}
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={!complete || sending}
          data-testid="checkin-submit"
        >
          {sending ? t('checkin.sending') : t('checkin.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The relationship check-in of one pair. The member answers (at most monthly) and sees their stage
 * with why; the manager sees the stage and its trend, and the answers only when shared.
 */
export function MemberCheckin(props: { pairId: string }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(insightsText);
  const { format } = useT();
  const api = useApi();
  const [submitted, setSubmitted] = useState<CheckinView | null>(null);
  const list = useLoad((signal) => api.pairCheckins(props.pairId, signal), [api, props.pairId, submitted]);

  return (
    <Card className={styles.root} data-testid="checkin">
      <Subtitle2 as="h2">{t('checkin.title')}</Subtitle2>
      {list.status === 'loading' && <LoadingState label={t('checkin.title')} />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.status === 'done' && (
        <>
          <StageLine stage={list.data.summary} />
          {list.data.myRole === 'manager' && <Text size={200}>{t('checkin.managerView')}</Text>}
          {submitted !== null && <Result checkin={submitted} />}
          {submitted === null && list.data.checkins[0] !== undefined && list.data.myRole === 'member' && (
            <Result checkin={list.data.checkins[0]} />
          )}
          {list.data.canCheckIn && submitted === null && (
            <Form list={list.data} pairId={props.pairId} onDone={setSubmitted} />
          )}
          {list.data.nextAllowedAt !== null && (
            <Text size={200}>{t('checkin.next', { date: format.date(list.data.nextAllowedAt) })}</Text>
          )}
          {list.data.checkins.length > 0 && (
            <>
              <Text weight="semibold">{t('checkin.history')}</Text>
              <ul>
                {list.data.checkins.map((checkin) => (
                  <li key={checkin.id}>
                    {format.date(checkin.answeredAt)}:{' '}
                    {checkin.stage === null ? t('checkin.notShared') : checkin.stage.name[locale]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}
