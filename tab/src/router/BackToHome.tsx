import { useT } from '../i18n/useT';
import { AppLink } from './AppLink';
import { paths } from './router';

/** "Back to My 1on1s" above a page reached from the home page or the header. */
export function BackToHome() {
  const { t } = useT();
  return (
    <nav aria-label={t('prepare.back')}>
      <AppLink to={paths.home()}>{t('prepare.back')}</AppLink>
    </nav>
  );
}
