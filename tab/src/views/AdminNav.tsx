import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/useT';
import { AppLink } from '../router/AppLink';
import { paths } from '../router/router';

const useStyles = makeStyles({
  admin: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/** The admin pages, in the header of an admin's pages. Its own chunk: most people are not admins. */
export function AdminNav() {
  const styles = useStyles();
  const { t } = useT();
  return (
    <nav className={styles.admin} aria-label={t('admin.navLabel')}>
      <AppLink to={paths.adminCatalog()}>{t('admin.link')}</AppLink>
      <AppLink to={paths.adminAnalytics()}>{t('admin.analyticsLink')}</AppLink>
    </nav>
  );
}
