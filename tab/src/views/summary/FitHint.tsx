import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { summaryText } from '../../i18n/summary';
import { useNamespace } from '../../i18n/useT';
import type { SummaryItem } from './summaryApi';

/** The manager's private hint for one agenda item: how their share of the talk fitted what was asked. */
export function FitHint(props: { fit: NonNullable<SummaryItem['fit']>; response: string }) {
  const { t, locale } = useNamespace(summaryText);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const { fit } = props;
  return (
    <MessageBar intent={fit.kind === 'fits' ? 'success' : 'warning'} data-testid="summary-fit">
      <MessageBarBody>
        <strong>{t('summary.fitTitle')}</strong>
        {' — '}
        {t(`summary.fit.${fit.kind}`, { share: percent.format(fit.managerShare), response: props.response })}
      </MessageBarBody>
    </MessageBar>
  );
}
