import { lazy, type ReactNode, Suspense } from 'react';
import { AccountMenu } from '../components/AccountMenu';
import { PageLayout } from '../components/PageLayout';
import { useLoad } from '../components/useLoad';
import { unsentCount } from '../localData/unsentText';
import { useAccountKey } from '../session/useAccountKey';
import { useSession } from '../session/useSession';

const AdminNav = lazy(() => import('./AdminNav').then((m) => ({ default: m.AdminNav })));

/** Page chrome for a signed-in user: their name, the admin pages for admins, and (dev) "switch user". */
export function SignedInPage(props: { children: ReactNode }) {
  const { api, state, switchUser } = useSession();
  const account = useAccountKey();
  const me = useLoad((signal) => api.me(signal), [api]);
  const canSwitchUser = state.status === 'signedIn' && state.config.authMode === 'dev';
  return (
    <PageLayout
      header={
        <>
          {me.status === 'done' && me.data.isAdmin && (
            <Suspense fallback={null}>
              <AdminNav />
            </Suspense>
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
