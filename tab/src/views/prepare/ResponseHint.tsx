import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AgendaItem, FitCount } from '../../api/types';
import { useT } from '../../i18n/useT';

const useStyles = makeStyles({
  hint: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  label: { color: tokens.colorBrandForeground2 },
});

/**
 * For the manager: the catalog's "how to respond well" for the response the member asked for, and
 * how often the manager's response fitted it lately when the member's ratings say so.
 */
export function ResponseHint(props: {
  expected: NonNullable<AgendaItem['expectedResponse']>;
  fit?: FitCount;
}) {
  const styles = useStyles();
  const { t, locale } = useT();
  const { expected, fit } = props;
  const showFit = fit !== undefined && fit.ratings > 0;
  if (!expected.hint && !showFit) return null;
  return (
    <div className={styles.hint} data-testid="response-hint">
      <Text size={200} weight="semibold" className={styles.label}>
        {t('agenda.hint')}
      </Text>
      {expected.hint && <Text size={300}>{expected.hint[locale]}</Text>}
      {showFit && (
        <Text size={200} data-testid="response-fit">
          {t('agenda.fit', { response: expected.label[locale], fit: fit.yes, total: fit.ratings })}
        </Text>
      )}
    </div>
  );
}
