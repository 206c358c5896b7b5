import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SessionSummary } from '../../api/types';
import { useT } from '../../i18n/useT';
import { StatusBadge } from '../StatusBadge';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3 },
  value: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** "Next 1on1: <when>" or the fallback text when there is none. */
export function SessionWhen(props: {
  label: string;
  session: SessionSummary | null;
  fallback: string;
  testId: string;
}) {
  const styles = useStyles();
  const { format } = useT();
  const { session } = props;
  return (
    <div className={styles.row} data-testid={props.testId}>
      <Text size={200} className={styles.label}>
        {props.label}
      </Text>
      <span className={styles.value}>
        {session ? (
          <>
            <Text weight="semibold">
              <time dateTime={session.scheduledStart}>
                {format.timeRange(session.scheduledStart, session.scheduledEnd)}
              </time>
            </Text>
            <StatusBadge status={session.status} />
          </>
        ) : (
          <Text>{props.fallback}</Text>
        )}
      </span>
    </div>
  );
}
