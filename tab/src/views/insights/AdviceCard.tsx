import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { insightsText } from '../../i18n/insights';
import { useNamespace } from '../../i18n/useT';
import type { Advice } from './types';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** One piece of advice, saying which rung of the mindset/skill ladder it comes from. */
export function AdviceCard(props: { advice: Advice }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(insightsText);
  const { advice } = props;
  const rung = advice.rungName[locale];
  return (
    <Card className={styles.card} data-testid={`advice-${advice.expectedResponseId}`}>
      <Text weight="semibold">{advice.label[locale]}</Text>
      <Text>{advice.text[locale]}</Text>
      <Text size={200}>
        {advice.stage === null
          ? t('insights.rungNoCheckin', { rung })
          : t('insights.rungStage', { rung, stage: advice.stage.name[locale] })}
      </Text>
      <ul className={styles.list}>
        {advice.skills.map((skill) => (
          <li key={skill.id}>
            <Text size={200}>
              <strong>{skill.name[locale]}</strong>: {skill.practice[locale]}
            </Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
