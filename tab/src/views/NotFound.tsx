import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';
import { AppLink } from '../router/AppLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function NotFound() {
  const styles = useStyles();
  const { t } = useT();
  useNotifyReady();
  return (
    <section className={styles.root} aria-labelledby="not-found-title" data-testid="not-found">
      <Title2 as="h1" id="not-found-title">
        {t('notFound.title')}
      </Title2>
      <Text>{t('notFound.body')}</Text>
      <AppLink to="/">{t('notFound.home')}</AppLink>
    </section>
  );
}
