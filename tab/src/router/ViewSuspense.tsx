import { type ReactNode, Suspense } from 'react';
import { LoadingState } from '../components/LoadingState';
import { useT } from '../i18n/useT';

/** Shows the loading state while a lazily loaded view's chunk arrives. */
export function ViewSuspense(props: { children: ReactNode }) {
  const { t } = useT();
  return (
    <Suspense fallback={<LoadingState label={t('app.loading')} testId="view-loading" />}>
      {props.children}
    </Suspense>
  );
}
