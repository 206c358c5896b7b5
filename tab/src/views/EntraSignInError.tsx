import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { describeError } from '../components/describeError';
import { SignInUnavailableError } from '../host/signIn';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  actions: { display: 'flex' },
});

/** Entra mode could not get a token: outside a Microsoft host, or the host refused. */
export function EntraSignInError(props: { error: unknown; onRetry(): void }) {
  const styles = useStyles();
  const { t } = useT();
  useNotifyReady();
  const outsideHost = props.error instanceof SignInUnavailableError;
  const reason =
    props.error instanceof Error && !outsideHost ? props.error.message : describeError(props.error, t);
  return (
    <section className={styles.root} aria-labelledby="entra-title" data-testid="entra-sign-in-error">
      <Title2 as="h1" id="entra-title">
        {t('signIn.title')}
      </Title2>
      <MessageBar intent={outsideHost ? 'warning' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('signIn.entraTitle')}</MessageBarTitle>
          {outsideHost ? t('signIn.entraOutsideHost') : t('signIn.entraFailed', { reason })}
        </MessageBarBody>
      </MessageBar>
      {!outsideHost && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={props.onRetry}>
            {t('error.retry')}
          </Button>
        </div>
      )}
    </section>
  );
}
