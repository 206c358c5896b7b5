import { makeStyles, Subtitle2, Text, Title2, tokens } from '@fluentui/react-components';
import { useNotifyReady } from '../../host/useNotifyReady';
import { useT } from '../../i18n/useT';
import { AppLink } from '../../router/AppLink';
import { paths } from '../../router/router';
import { LEGAL_UPDATED, type LegalDocument, privacy, terms } from './legalText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  title: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  muted: { color: tokens.colorNeutralForeground3 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

/** /privacy and /terms: linked from the Teams manifest, readable without signing in. */
export function LegalPage(props: { document: 'privacy' | 'terms' }) {
  const styles = useStyles();
  const { t, locale, format } = useT();
  useNotifyReady();
  const doc: LegalDocument = (props.document === 'privacy' ? privacy : terms)[locale];
  return (
    <article className={styles.root} aria-labelledby="legal-title" data-testid={`legal-${props.document}`}>
      <Title2 as="h1" id="legal-title" className={styles.title}>
        {doc.title}
      </Title2>
      <Text size={200} className={styles.muted}>
        {t('legal.updated', { date: format.date(`${LEGAL_UPDATED}T00:00:00`) })}
      </Text>
      <Text as="p" className={styles.paragraph}>
        {doc.intro}
      </Text>
      {doc.sections.map((section) => (
        <section key={section.heading} className={styles.section}>
          <Subtitle2 as="h2" className={styles.heading}>
            {section.heading}
          </Subtitle2>
          {section.paragraphs.map((paragraph) => (
            <Text as="p" key={paragraph} className={styles.paragraph}>
              {paragraph}
            </Text>
          ))}
        </section>
      ))}
      <nav className={styles.links} aria-label={t('home.footerLabel')}>
        <AppLink to={props.document === 'privacy' ? paths.terms() : paths.privacy()}>
          {t(props.document === 'privacy' ? 'legal.terms' : 'legal.privacy')}
        </AppLink>
        <AppLink to={paths.home()}>{t('notFound.home')}</AppLink>
      </nav>
    </article>
  );
}
