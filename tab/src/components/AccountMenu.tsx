import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Me } from '../api/types';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    // In the 280 px side panel the name would crowd out the buttons; the title still has it.
    '@media (max-width: 360px)': { display: 'none' },
  },
});

/** Who is signed in, and (in dev mode) a way to become someone else. */
export function AccountMenu(props: { me: Me | null; canSwitchUser: boolean; onSwitchUser(): void }) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <div className={styles.root}>
      {props.me && (
        <Text
          className={styles.name}
          title={t('account.signedInAs', { name: props.me.displayName })}
          data-testid="signed-in-user"
        >
          {props.me.displayName}
        </Text>
      )}
      {props.canSwitchUser && (
        <Button appearance="secondary" size="small" onClick={props.onSwitchUser} data-testid="switch-user">
          {t('account.switchUser')}
        </Button>
      )}
    </div>
  );
}
