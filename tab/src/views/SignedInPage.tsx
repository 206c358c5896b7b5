import type { ReactNode } from 'react';
import { AccountMenu } from '../components/AccountMenu';
import { PageLayout } from '../components/PageLayout';
import { useLoad } from '../components/useLoad';
import { useSession } from '../session/useSession';

/** Page chrome for a signed-in user: their name and, in dev mode, "switch user". */
export function SignedInPage(props: { children: ReactNode }) {
  const { api, state, signOut } = useSession();
  const me = useLoad((signal) => api.me(signal), [api]);
  const canSwitchUser = state.status === 'signedIn' && state.config.authMode === 'dev';
  return (
    <PageLayout
      header={
        <AccountMenu
          me={me.status === 'done' ? me.data : null}
          canSwitchUser={canSwitchUser}
          onSwitchUser={signOut}
        />
      }
    >
      {props.children}
    </PageLayout>
  );
}
