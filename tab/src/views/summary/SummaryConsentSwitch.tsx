import { Caption1, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { summaryText } from '../../i18n/summary';
import { useNamespace } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { type SummaryConsent, summaryEndpoints } from './summaryApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Each person's own allowance for Azure OpenAI drafting, with the other person's shown beside it. */
export function SummaryConsentSwitch(props: {
  pairId: string;
  consent: SummaryConsent;
  onChange(consent: SummaryConsent): void;
}) {
  const styles = useStyles();
  const { t } = useNamespace(summaryText);
  const api = useEndpoints(summaryEndpoints);
  const [busy, setBusy] = useState(false);
  // Shown at once while the change is sent, so the switch answers the click; undone if refused.
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { consent } = props;
  if (!consent.configured || !consent.enabledByAdmin) {
    return (
      <Caption1 className={styles.muted} data-testid="summary-ai-off">
        {t('summary.aiOff')}
      </Caption1>
    );
  }
  const change = async (allowed: boolean) => {
    setBusy(true);
    setPending(allowed);
    setError(null);
    try {
      props.onChange(await api.setConsent(props.pairId, allowed));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setPending(null);
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <Switch
        label={t('summary.consentLabel')}
        checked={pending ?? consent.mine}
        disabled={busy}
        onChange={(_, data) => void change(data.checked)}
        data-testid="summary-consent"
      />
      <Caption1 className={styles.muted}>{t('summary.consentHint')}</Caption1>
      <Text size={200} data-testid="summary-their-consent">
        {consent.theirs ? t('summary.theirConsentYes') : t('summary.theirConsentNo')}
      </Text>
      {error !== null && (
        <Text size={200} className={styles.error} role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}
