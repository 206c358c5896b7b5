import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../../api/ApiError';
import { bookingText } from '../../i18n/booking';
import { useNamespace } from '../../i18n/useT';
import { useSession } from '../../session/useSession';

/**
 * Microsoft 365 refused the calendar: a button that asks for the missing consent where this host can
 * show it, or what to do instead (ask an admin, or open Taiwa in the browser). Never a dead end.
 */
export function ConsentPrompt(props: { problem: Problem; onGranted(): void }) {
  const { t } = useNamespace(bookingText);
  const { state } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const scopes = props.problem.scopes ?? [];

  if (props.problem.adminConsentRequired) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="booking-admin-consent">
        <MessageBarBody>
          <MessageBarTitle>{t('booking.adminTitle')}</MessageBarTitle>
          {t('booking.adminBody')}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onGranted}>{t('booking.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  const ask = async () => {
    if (state.status !== 'signedIn' && state.status !== 'signInError') return;
    const entra = state.config.entra;
    if (!entra) return;
    setAsking(true);
    setError(null);
    try {
      const naa = await import('../../host/naa/entra');
      const channel = naa.consentChannel();
      if (channel === 'unavailable') {
        window.open(window.location.href, '_blank', 'noopener');
        return;
      }
      await naa.requestGraphConsent(entra, channel, scopes);
      props.onGranted();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setAsking(false);
    }
  };

  return (
    <MessageBar intent="warning" layout="multiline" data-testid="booking-consent">
      <MessageBarBody>
        <MessageBarTitle>{t('booking.consentTitle')}</MessageBarTitle>
        {t('booking.consentBody')}
        {error !== null && <div role="alert">{error}</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={ask} disabled={asking}>
          {t('booking.consentButton')}
        </Button>
        <Link href={window.location.href} target="_blank" rel="noopener">
          {t('booking.openBrowser')}
        </Link>
      </MessageBarActions>
    </MessageBar>
  );
}
