import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n/useT';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { Prepare } from './Prepare';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
});

/** /sessions/:id/prepare in the personal tab or a browser. */
export function PreparePage(props: { sessionId: string }) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <div className={styles.root}>
      <nav aria-label={t('prepare.back')}>
        <AppLink to={paths.home()}>{t('prepare.back')}</AppLink>
      </nav>
      <Prepare sessionId={props.sessionId} />
    </div>
  );
}
