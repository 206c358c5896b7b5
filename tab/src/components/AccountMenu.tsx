import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Me } from '../api/types';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    flexWrap: 'wrap',
  },
  // The warning takes a row of its own: in the 280 px side panel it would be squeezed otherwise.
  confirming: { flexBasis: '100%' },
  name: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    // In the 280 px side panel the name would crowd out the buttons; the title still has it.
    '@media (max-width: 360px)': { display: 'none' },
  },
});

/**
 * Who is signed in, and (in dev mode) a way to become someone else. Switching deletes what this
 * browser kept for the person; when some of it was never sent, they are asked first.
 */
export function AccountMenu(props: {
  me: Me | null;
  canSwitchUser: boolean;
  /** How many drafts and queued memo edits would be deleted. */
  unsentCount(): number;
  onSwitchUser(): void;
}) {
  const styles = useStyles();
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={mergeClasses(styles.root, confirming && styles.confirming)}>
      {props.me && (
        <Text
          className={styles.name}
          title={t('account.signedInAs', { name: props.me.displayName })}
          data-testid="signed-in-user"
        >
          {props.me.displayName}
        </Text>
      )}
      {props.canSwitchUser &&
        (confirming ? (
          <MessageBar intent="warning" layout="multiline" role="alert" data-testid="unsent-warning">
            <MessageBarBody>{t('account.unsentWarning')}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={props.onSwitchUser} data-testid="switch-user-confirm">
                {t('account.deleteAndSwitch')}
              </Button>
              <Button size="small" onClick={() => setConfirming(false)} data-testid="switch-user-cancel">
                {t('account.stay')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : (
          <Button
            appearance="secondary"
            size="small"
            onClick={() => (props.unsentCount() > 0 ? setConfirming(true) : props.onSwitchUser())}
            data-testid="switch-user"
          >
            {t('account.switchUser')}
          </Button>
        ))}
    </div>
  );
}
