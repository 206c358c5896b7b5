import { MessageBar, MessageBarBody, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DevUser } from '../api/types';
import { describeError } from '../components/describeError';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { useLoad } from '../components/useLoad';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';
import { useSession } from '../session/useSession';
import { DevUserButton } from './DevUserButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
});

/** Dev mode sign-in: pick a seeded demo person. */
export function SignIn(props: { expired: boolean }) {
  const styles = useStyles();
  const { t } = useT();
  const { api, signInDev } = useSession();
  const users = useLoad((signal) => api.devUsers(signal), [api]);
  const [pending, setPending] = useState<DevUser | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useNotifyReady(users.status !== 'loading');

  const select = async (user: DevUser) => {
    setPending(user);
    setFailure(null);
    try {
      await signInDev(user.id);
    } catch (error) {
      setFailure(error);
      setPending(null);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="sign-in-title" data-testid="sign-in">
      <Title2 as="h1" id="sign-in-title">
        {t('signIn.title')}
      </Title2>
      {props.expired && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('signIn.expired')}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{t('signIn.devIntro')}</Text>
      {failure !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('signIn.failed', { reason: describeError(failure, t) })}</MessageBarBody>
        </MessageBar>
      )}
      {pending && (
        <span role="status" className="visually-hidden">
          {t('signIn.signingIn', { name: pending.displayName })}
        </span>
      )}
      {users.status === 'loading' && <LoadingState label={t('signIn.loadingUsers')} />}
      {users.status === 'error' && <ErrorState error={users.error} onRetry={users.retry} />}
      {users.status === 'done' &&
        (users.data.users.length === 0 ? (
          <Text>{t('signIn.noUsers')}</Text>
        ) : (
          <ul className={styles.list} aria-label={t('signIn.usersLabel')}>
            {users.data.users.map((user) => (
              <li key={user.id}>
                <DevUserButton
                  user={user}
                  busy={pending?.id === user.id}
                  disabled={pending !== null}
                  onSelect={select}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
