import { Avatar, Badge, Card, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { Pair } from '../api/types';
import { initialsOf } from '../components/initials';
import { useT } from '../i18n/useT';
import { SessionList } from './SessionList';
import { SessionWhen } from './SessionWhen';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  when: { display: 'grid', gap: tokens.spacingVerticalS },
  sessions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** One 1on1 pair seen from the signed-in user: the other person, my role, next/last, history. */
export function PairCard(props: { pair: Pair }) {
  const styles = useStyles();
  const { t } = useT();
  const { pair } = props;
  const partner = pair.myRole === 'manager' ? pair.member : pair.manager;
  const headingId = `pair-${pair.id}-title`;
  return (
    <Card className={styles.card} data-testid={`pair-${pair.id}`}>
      <div className={styles.header}>
        <Avatar
          name={partner.displayName}
          initials={initialsOf(partner.displayName)}
          color="colorful"
          aria-hidden
        />
        <div className={styles.heading}>
          <Subtitle2 as="h2" id={headingId} className={styles.title} data-testid="pair-title">
            {t('pair.with', { name: partner.displayName })}
          </Subtitle2>
          <span>
            <Badge
              appearance="outline"
              color={pair.myRole === 'manager' ? 'brand' : 'informative'}
              data-testid="pair-role"
            >
              {t(pair.myRole === 'manager' ? 'role.youAreManager' : 'role.youAreMember')}
            </Badge>
          </span>
        </div>
      </div>
      <div className={styles.when}>
        <SessionWhen
          label={t('pair.next')}
          session={pair.nextSession}
          fallback={t('pair.notScheduled')}
          testId="pair-next"
        />
        <SessionWhen
          label={t('pair.last')}
          session={pair.lastSession}
          fallback={t('pair.none')}
          testId="pair-last"
        />
      </div>
      <div className={styles.sessions}>
        <Text as="h3" size={300} weight="semibold">
          {t('pair.sessionsHeading')}
        </Text>
        <SessionList pairId={pair.id} partnerName={partner.displayName} />
      </div>
    </Card>
  );
}
