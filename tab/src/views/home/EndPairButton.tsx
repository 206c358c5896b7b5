import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Pair } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { pairEndText } from '../../i18n/pairEnd';
import { useNamespace, useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';

const useStyles = makeStyles({
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * Either person ends a pairing, after saying so twice; its history stays, read-only, and its planned
 * 1on1s with the invitations this person sent are cancelled (the server does both).
 */
export function EndPairButton(props: { pair: Pair; partnerName: string; onEnded(): void }) {
  const styles = useStyles();
  const { t } = useNamespace(pairEndText);
  const shell = useT();
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!asking) {
    return (
      <Button appearance="subtle" onClick={() => setAsking(true)} data-testid="pair-end">
        {t('pairEnd.end')}
      </Button>
    );
  }
  const end = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.endPair(props.pair.id);
      props.onEnded();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <div className={styles.confirm} data-testid="pair-end-confirm">
      <Text>{t('pairEnd.confirm', { name: props.partnerName })}</Text>
      <Text>{t('pairEnd.cancels', { name: props.partnerName })}</Text>
      {error !== null && <ErrorState error={error} />}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={end} data-testid="pair-end-yes">
          {t('pairEnd.yes')}
        </Button>
        <Button disabled={busy} onClick={() => setAsking(false)}>
          {shell.t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
