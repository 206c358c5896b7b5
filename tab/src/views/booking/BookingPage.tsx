import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { bookingText } from '../../i18n/booking';
import { useNamespace, useT } from '../../i18n/useT';
import { BackToHome } from '../../router/BackToHome';
import { useApi } from '../../session/useSession';
import { NextBooking } from './NextBooking';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
});

/** Where the wrap-up and follow-up cards send a pair whose 1on1 ended with no next date. */
export function BookingPage(props: { sessionId: string }) {
  const styles = useStyles();
  const api = useApi();
  const { t: appT, format } = useT();
  const { t } = useNamespace(bookingText);
  const session = useLoad((signal) => api.session(props.sessionId, signal), [api, props.sessionId]);
  useNotifyReady(session.status !== 'loading');

  if (session.status === 'loading') return <LoadingState label={appT('app.loading')} />;
  if (session.status === 'error') return <ErrorState error={session.error} onRetry={session.retry} />;
  const detail = session.data;
  const partner = detail.myRole === 'manager' ? detail.member : detail.manager;
  return (
    <section className={styles.root} aria-labelledby="booking-page-title" data-testid="booking-page">
      <BackToHome />
      <Title2 as="h1" id="booking-page-title">
        {t('booking.pageTitle', { name: partner.displayName })}
      </Title2>
      {detail.status === 'ended' && (
        <Text>
          {t('booking.pageIntro', { when: format.timeRange(detail.scheduledStart, detail.scheduledEnd) })}
        </Text>
      )}
      <NextBooking sessionId={detail.id} />
    </section>
  );
}
