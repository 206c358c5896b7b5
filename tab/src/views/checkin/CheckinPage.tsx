import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useLoad } from '../../components/useLoad';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { MemberCheckin } from '../insights';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  title: { margin: 0 },
});

/** /pairs/:id/checkin: the pair's relationship check-in, reached from its card on My 1on1s. */
export function CheckinPage(props: { pairId: string }) {
  const styles = useStyles();
  const { t } = useT();
  const api = useApi();
  const pairs = useLoad((signal) => api.pairs(signal), [api]);
  useNotifyReady(pairs.status !== 'loading');
  const pair = pairs.status === 'done' ? pairs.data.pairs.find((p) => p.id === props.pairId) : undefined;
  const partner = pair ? (pair.myRole === 'manager' ? pair.member : pair.manager) : null;
  return (
    <section className={styles.root} aria-labelledby="checkin-page-title" data-testid="checkin-page">
      <nav aria-label={t('prepare.back')}>
        <AppLink to={paths.home()}>{t('prepare.back')}</AppLink>
      </nav>
      <Title2 as="h1" id="checkin-page-title" className={styles.title}>
        {partner ? t('pair.checkinTitle', { name: partner.displayName }) : t('pair.checkinTitleGeneric')}
      </Title2>
      <MemberCheckin pairId={props.pairId} />
    </section>
  );
}
