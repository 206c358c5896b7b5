import { Text } from '@fluentui/react-components';
import type { PairInsights } from '../../api/types';
import { insightsText } from '../../i18n/insights';
import { useNamespace } from '../../i18n/useT';

/**
 * The line beside an agenda item in preparation and in the meeting (manager only):
 * "Asked to: Just listen. Your fit lately: 2 of 6".
 */
export function FitHintText(props: { hint: PairInsights['hints'][number] }) {
  const { t, locale } = useNamespace(insightsText);
  const { hint } = props;
  const response = hint.label[locale];
  return (
    <Text size={200} data-testid={`fit-hint-${hint.expectedResponseId}`}>
      {hint.overall.ratings < 3
        ? t('insights.hintFew', { response })
        : t('insights.hint', { response, yes: hint.overall.yes, ratings: hint.overall.ratings })}
    </Text>
  );
}
