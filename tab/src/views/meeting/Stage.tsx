import { Caption1, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import type { Catalog } from '../../api/types';
import { meetingText } from '../../i18n/meeting';
import { useNamespace } from '../../i18n/useT';
import { AgendaWalk } from './components/AgendaWalk';
import { faceNumber } from './components/DiceCard';
import { DiceFace } from './components/DiceFace';
import { timingText } from './components/MeetingHeader';
import { timing } from './timing';
import type { MeetingSession } from './types';
import { useNow } from './useNow';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gap: tokens.spacingHorizontalXXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
    alignItems: 'start',
    padding: tokens.spacingHorizontalL,
  },
  head: {
    gridColumn: '1 / -1',
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'baseline',
    flexWrap: 'wrap',
  },
  dice: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalL,
    minHeight: '360px',
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The shared meeting stage: the dice large for both, and the agenda walked together. */
export function Stage(props: { session: MeetingSession; catalog: Catalog | null }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(meetingText);
  const { session } = props;
  const now = useNow();
  const latest = session.dice.latest;
  return (
    <div className={styles.root} data-testid="stage" data-session-id={session.id}>
      <div className={styles.head}>
        <Title2 as="h1">
          {t('stage.title', { manager: session.manager.displayName, member: session.member.displayName })}
        </Title2>
        {session.status !== 'ended' && (
          <Caption1>{timingText(t, timing(now, session.scheduledStart, session.scheduledEnd))}</Caption1>
        )}
      </div>
      <section className={styles.dice} aria-label={t('dice.title')} data-testid="dice">
        {latest === null ? (
          <Text size={500}>{t('stage.waiting')}</Text>
        ) : (
          <div
            role="status"
            aria-live="polite"
            data-testid="dice-result"
            data-face={latest.face.id}
            data-seq={latest.seq}
          >
            <DiceFace
              number={faceNumber(props.catalog, latest.face.id)}
              label={latest.face.label}
              locale={locale}
              seq={latest.seq}
              large
            />
          </div>
        )}
      </section>
      <AgendaWalk items={session.agenda} readOnly large />
    </div>
  );
}
