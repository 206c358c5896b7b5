import { Button, Card, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { Pair } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { useSubmit } from '../../components/useSubmit';
import { useT } from '../../i18n/useT';
import { paths } from '../../router/router';
import { useApi } from '../../session/useSession';
import { LinkButton } from './LinkButton';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * A pair that is not (or no longer) a working 1on1: the member's "confirm your manager" request,
 * the would-be manager's wait, or an ended pair's history. Nobody names themselves someone's
 * manager: only the member's confirmation makes the pair.
 */
export function PairStandingCard(props: { pair: Pair; onChanged: () => void }) {
  const styles = useStyles();
  const { t } = useT();
  const api = useApi();
  const { pair } = props;
  const { busy, failure: error, submit } = useSubmit();
  const partner = pair.myRole === 'manager' ? pair.member : pair.manager;
  const name = partner.displayName;

  const act = (work: () => Promise<unknown>) => () =>
    submit(async () => {
      await work();
      props.onChanged();
    });

  const [title, body] =
    pair.status === 'ended'
      ? [t('pairStanding.endedTitle', { name }), t('pairStanding.endedBody')]
      : pair.myRole === 'member'
        ? [t('pairStanding.requestTitle', { name }), t('pairStanding.requestBody', { name })]
        : [t('pairStanding.waitingTitle', { name }), t('pairStanding.waitingBody', { name })];
  const headingId = `pair-standing-${pair.id}`;

  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid={`pair-${pair.status}`}>
      <Subtitle2 as="h2" id={headingId} className={styles.title}>
        {title}
      </Subtitle2>
      <Text>{body}</Text>
      {error !== null && <ErrorState error={error} testId="pair-standing-error" />}
      <div className={styles.row}>
        {pair.status === 'pending' && pair.myRole === 'member' && (
          <>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={act(() => api.confirmPair(pair.id))}
              data-testid="pair-confirm"
            >
              {t('pairStanding.confirm', { name })}
            </Button>
            <Button disabled={busy} onClick={act(() => api.endPair(pair.id))} data-testid="pair-decline">
              {t('pairStanding.decline')}
            </Button>
          </>
        )}
        {pair.status === 'pending' && pair.myRole === 'manager' && (
          <Button disabled={busy} onClick={act(() => api.endPair(pair.id))} data-testid="pair-withdraw">
            {t('pairStanding.withdraw')}
          </Button>
        )}
        {pair.status === 'ended' && (
          <LinkButton to={paths.history(pair.id)} appearance="subtle" data-testid="pair-history">
            {t('pair.history')}
          </LinkButton>
        )}
      </div>
    </Card>
  );
}
