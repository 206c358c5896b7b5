import { Badge, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { DevUser } from '../api/types';
import { useT } from '../i18n/useT';

const useStyles = makeStyles({
  button: {
    width: '100%',
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    width: '100%',
  },
  nameRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  email: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  description: { fontWeight: tokens.fontWeightRegular },
});

/**
 * One demo person; the whole card is the button so it is one tab stop and one big target. Its
 * accessible name is everything it shows (name, roles, mail, description), so speech input users
 * can say what they see; the list's label and the page heading say what choosing does.
 */
export function DevUserButton(props: {
  user: DevUser;
  busy: boolean;
  disabled: boolean;
  onSelect(user: DevUser): void;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const { user } = props;
  return (
    <Button
      className={styles.button}
      appearance="outline"
      disabled={props.disabled}
      onClick={() => props.onSelect(user)}
      data-testid={`dev-user-${user.id}`}
    >
      <span className={styles.body}>
        <span className={styles.nameRow}>
          {props.busy && <Spinner size="extra-tiny" aria-hidden />}
          <Text className={styles.name}>{user.displayName}</Text>
          {user.roles.map((role) => (
            <Badge
              key={role}
              appearance="tint"
              color={role === 'admin' ? 'danger' : role === 'manager' ? 'brand' : 'informative'}
            >
              {t(`role.${role}`)}
            </Badge>
          ))}
        </span>
        <Text size={200} className={styles.email}>
          {user.email}
        </Text>
        <Text size={200} className={styles.description}>
          {user.description[locale]}
        </Text>
      </span>
    </Button>
  );
}
