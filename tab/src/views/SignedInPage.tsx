import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AccountMenu } from '../components/AccountMenu';
import { PageLayout } from '../components/PageLayout';
import { useLoad } from '../components/useLoad';
import { useT } from '../i18n/useT';
import { unsentCount } from '../localData/unsentText';
import { AppLink } from '../router/AppLink';
import { paths } from '../router/router';
import { useAccountKey } from '../session/useAccountKey';
import { useSession } from '../session/useSession';

const useStyles = makeStyles({
  admin: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/** Page chrome for a signed-in user: their name, the admin pages for admins, and (dev) "switch user". */
export function SignedInPage(props: { children: ReactNode }) {
  const styles = useStyles();
  const { t } = useT();
  const { api, state, switchUser } = useSession();
  const account = useAccountKey();
  const me = useLoad((signal) => api.me(signal), [api]);
  const canSwitchUser = state.status === 'signedIn' && state.config.authMode === 'dev';
  return (
    <PageLayout
      header={
        <>
          {me.status === 'done' && me.data.isAdmin && (
            <nav className={styles.admin} aria-label={t('admin.navLabel')}>
              <AppLink to={paths.adminCatalog()}>{t('admin.link')}</AppLink>
              <AppLink to={paths.adminAnalytics()}>{t('admin.analyticsLink')}</AppLink>
            </nav>
          )}
          <AccountMenu
            me={me.status === 'done' ? me.data : null}
            canSwitchUser={canSwitchUser}
            unsentCount={() => (account === null ? 0 : unsentCount(account))}
            onSwitchUser={switchUser}
          />
        </>
      }
    >
      {props.children}
    </PageLayout>
  );
}
