import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useInsightsT } from './messages';
import type { Advice } from './types';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** One piece of advice, saying which rung of the mindset/skill ladder it comes from. */
export function AdviceCard(props: { advice: Advice }) {
  const styles = useStyles();
  const { t, pick } = useInsightsT();
  const { advice } = props;
  const rung = pick(advice.rungName);
  return (
    <Card className={styles.card} data-testid={`advice-${advice.expectedResponseId}`}>
      <Text weight="semibold">{pick(advice.label)}</Text>
      <Text>{pick(advice.text)}</Text>
      <Text size={200}>
        {advice.stage === null
          ? t('insights.rungNoCheckin', { rung })
          : t('insights.rungStage', { rung, stage: pick(advice.stage.name) })}
      </Text>
      <ul className={styles.list}>
        {advice.skills.map((skill) => (
          <li key={skill.id}>
            <Text size={200}>
              <strong>{pick(skill.name)}</strong>: {pick(skill.practice)}
            </Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
