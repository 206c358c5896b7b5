import { Caption1, makeStyles, Subtitle2, Switch, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { summaryText } from '../../i18n/summary';
import { useNamespace } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { type AdminSummarySettings, summaryEndpoints } from './summaryApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The admin's switch for Azure OpenAI summaries (off by default), and whether the server can use it at all. */
export function AdminSummarySetting() {
  const styles = useStyles();
  const { t } = useNamespace(summaryText);
  const api = useEndpoints(summaryEndpoints);
  const [settings, setSettings] = useState<AdminSummarySettings | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Shown at once while the change is sent, so the switch answers the click; undone if refused.
  const [pending, setPending] = useState<boolean | null>(null);

  useEffect(() => {
    api
      .adminSettings()
      .then(setSettings, (cause: unknown) =>
        setStatus({ kind: 'error', text: cause instanceof Error ? cause.message : String(cause) }),
      );
  }, [api]);

  const change = async (aiEnabled: boolean) => {
    setBusy(true);
    setPending(aiEnabled);
    setStatus(null);
    try {
      setSettings(await api.saveAdminSettings(aiEnabled));
      setStatus({ kind: 'saved' });
    } catch (cause) {
      setStatus({ kind: 'error', text: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="admin-summary-title" data-testid="admin-summary">
      <Subtitle2 as="h2" id="admin-summary-title" className={styles.title}>
        {t('summary.adminTitle')}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t('summary.adminHint')}</Caption1>
      {settings !== null && (
        <>
          <Switch
            label={t('summary.adminToggle')}
            checked={pending ?? settings.aiEnabled}
            disabled={busy}
            onChange={(_, data) => void change(data.checked)}
            data-testid="admin-summary-toggle"
          />
          {!settings.configured && (
            <Caption1 className={styles.muted}>{t('summary.adminNotConfigured')}</Caption1>
          )}
        </>
      )}
      {status?.kind === 'saved' && <Text size={200}>{t('summary.adminSaved')}</Text>}
      {status?.kind === 'error' && (
        <Text size={200} className={styles.error} role="alert">
          {status.text}
        </Text>
      )}
    </section>
  );
}
