import {
  Avatar,
  Badge,
  Button,
  Card,
  makeStyles,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Pair, SessionSummary } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { initialsOf } from '../../components/initials';
import { useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/useT';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { useFitHints } from '../prepare/useFitHints';
import { RateNow } from '../rating/RateNow';
import { BookNextOffer } from './BookNextOffer';
import { CadenceSetting } from './cadence/CadenceSetting';
import { EndPairButton } from './EndPairButton';
import { LinkButton } from './LinkButton';
import { LastSessionPreview, MemberItemsPreview } from './ManagerPreview';
import { ScheduleDialog } from './ScheduleDialog';
import { SessionWhen } from './SessionWhen';
import { UpcomingSessions } from './UpcomingSessions';
import { useDialogPresence } from './useDialogPresence';

const OpenActionItems = lazy(() => import('../actionItems/OpenActionItems'));

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  when: { display: 'grid', gap: tokens.spacingVerticalS },
  next: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  sessions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Whether the member has prepared the next 1on1, a way there, and for a manager what was prepared. */
function NextPreparation(props: { pair: Pair; session: SessionSummary }) {
  const styles = useStyles();
  const { t } = useT();
  const api = useApi();
  const detail = useLoad((signal) => api.session(props.session.id, signal), [api, props.session.id]);
  const manager = props.pair.myRole === 'manager';
  const fit = useFitHints(props.pair.id, manager);
  return (
    <div className={styles.next}>
      <div className={styles.row}>
        {detail.status === 'done' && (
          <Badge
            appearance="tint"
            color={detail.data.prepared ? 'success' : 'warning'}
            data-testid="pair-prepared"
          >
            {t(detail.data.prepared ? 'pair.prepared' : 'pair.notPrepared')}
          </Badge>
        )}
        <LinkButton
          to={paths.prepare(props.session.id)}
          appearance={manager ? 'secondary' : 'primary'}
          data-testid="pair-prepare"
        >
          {t(manager ? 'pair.viewPreparation' : 'pair.prepare')}
        </LinkButton>
      </div>
      {manager && detail.status === 'loading' && (
        <Spinner size="tiny" label={t('preview.loading')} labelPosition="after" />
      )}
      {detail.status === 'error' && <ErrorState error={detail.error} onRetry={detail.retry} />}
      {manager && detail.status === 'done' && (
        <MemberItemsPreview items={detail.data.agenda} memberName={props.pair.member.displayName} fit={fit} />
      )}
      {manager && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <OpenActionItems
            sessionId={props.session.id}
            names={{ member: props.pair.member.displayName, manager: props.pair.manager.displayName }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** One 1on1 pair seen from the signed-in user: the other person, my role, next/last, what to do. */
export function PairCard(props: {
  pair: Pair;
  onScheduled(session: SessionSummary): void;
  /** Whether this card's booking of the next 1on1 is open (one card at a time). */
  booking: boolean;
  onToggleBooking(): void;
  onBooked(): void;
  onEnded(): void;
}) {
  const styles = useStyles();
  const { t } = useT();
  const { pair } = props;
  const scheduling = useDialogPresence<true>();
  const [version, setVersion] = useState(0);
  const partner = pair.myRole === 'manager' ? pair.member : pair.manager;
  const headingId = `pair-${pair.id}-title`;
  return (
    <Card className={styles.card} data-testid={`pair-${pair.id}`} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Avatar
          name={partner.displayName}
          initials={initialsOf(partner.displayName)}
          color="colorful"
          aria-hidden
        />
        <div className={styles.heading}>
          <Subtitle2 as="h2" id={headingId} className={styles.title} data-testid="pair-title">
            {t('pair.with', { name: partner.displayName })}
          </Subtitle2>
          <span>
            <Badge
              appearance="outline"
              color={pair.myRole === 'manager' ? 'brand' : 'informative'}
              data-testid="pair-role"
            >
              {t(pair.myRole === 'manager' ? 'role.youAreManager' : 'role.youAreMember')}
            </Badge>
          </span>
        </div>
      </div>
      <div className={styles.when}>
        <SessionWhen
          label={t('pair.next')}
          session={pair.nextSession}
          fallback={t('pair.notScheduled')}
          testId="pair-next"
        />
        {pair.nextSession && (
          <NextPreparation key={pair.nextSession.id} pair={pair} session={pair.nextSession} />
        )}
        <SessionWhen
          label={t('pair.last')}
          session={pair.lastSession}
          fallback={t('pair.none')}
          testId="pair-last"
        />
        {pair.myRole === 'manager' && <LastSessionPreview pair={pair} />}
        {pair.rateLastSession && pair.lastSession !== null && <RateNow sessionId={pair.lastSession.id} />}
        {pair.lastSession?.status === 'ended' && (pair.nextSession === null || props.booking) && (
          <BookNextOffer
            pairId={pair.id}
            sessionId={pair.lastSession.id}
            open={props.booking}
            onToggle={props.onToggleBooking}
            onBooked={props.onBooked}
          />
        )}
      </div>
      <div className={styles.sessions}>
        <Text as="h3" size={300} weight="semibold">
          {t('pair.upcomingHeading')}
        </Text>
        <UpcomingSessions pairId={pair.id} partnerName={partner.displayName} version={version} />
      </div>
      <CadenceSetting pairId={pair.id} />
      <div className={styles.row}>
        <Button appearance="secondary" onClick={() => scheduling.show(true)} data-testid="pair-schedule">
          {t('pair.schedule')}
        </Button>
        <LinkButton to={paths.history(pair.id)} appearance="subtle" data-testid="pair-history">
          {t('pair.history')}
        </LinkButton>
        <LinkButton to={paths.checkin(pair.id)} appearance="subtle" data-testid="pair-checkin">
          {t('pair.checkin')}
        </LinkButton>
        <EndPairButton pair={pair} partnerName={partner.displayName} onEnded={props.onEnded} />
      </div>
      {scheduling.value && (
        <ScheduleDialog
          pair={pair}
          open={scheduling.open}
          onClose={scheduling.hide}
          onScheduled={(session) => {
            scheduling.hide();
            setVersion((n) => n + 1);
            props.onScheduled(session);
          }}
        />
      )}
    </Card>
  );
}
