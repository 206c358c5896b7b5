import { ratingText } from '../../i18n/rating';
import { useNamespace } from '../../i18n/useT';
import { paths } from '../../router/router';
import { LinkButton } from '../home/LinkButton';

/** "Rate now" for an ended 1on1 the member has not rated: on My 1on1s and in the history. */
export function RateNow(props: { sessionId: string }) {
  const { t } = useNamespace(ratingText);
  return (
    <LinkButton to={paths.rate(props.sessionId)} appearance="primary" size="small" data-testid="rate-now">
      {t('rate.now')}
    </LinkButton>
  );
}
