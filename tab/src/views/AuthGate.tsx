import type { ReactNode } from 'react';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageLayout } from '../components/PageLayout';
import { useT } from '../i18n/useT';
import { EntraSignInError, SignIn } from '../router/lazyViews';
import { ViewSuspense } from '../router/ViewSuspense';
import { useSession } from '../session/useSession';
import { SignedInPage } from './SignedInPage';

/** Shows `children` only to a signed-in user; otherwise whichever sign-in step applies. */
export function AuthGate(props: { children: ReactNode }) {
  const { t } = useT();
  const { state, restart } = useSession();
  switch (state.status) {
    case 'starting':
      return (
        <PageLayout>
          <LoadingState label={t('app.loading')} testId="app-loading" />
        </PageLayout>
      );
    case 'configError':
      return (
        <PageLayout>
          <ErrorState error={state.error} onRetry={restart} />
        </PageLayout>
      );
    case 'signedOut':
      return (
        <PageLayout>
          <ViewSuspense>
            <SignIn expired={state.expired} />
          </ViewSuspense>
        </PageLayout>
      );
    case 'signInError':
      return (
        <PageLayout>
          <ViewSuspense>
            <EntraSignInError error={state.error} onRetry={restart} />
          </ViewSuspense>
        </PageLayout>
      );
    case 'signedIn':
      // Keyed by token so switching user remounts the views and drops the previous user's data.
      return <SignedInPage key={state.token.accessToken}>{props.children}</SignedInPage>;
  }
}
