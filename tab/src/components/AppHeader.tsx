import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 360px)': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  },
  inner: {
    // <main>'s 1040 px minus its padding: the bar and the content share one left edge.
    maxWidth: `calc(1040px - 2 * ${tokens.spacingHorizontalL})`,
    margin: '0 auto',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  name: { margin: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
});

/** The app bar: product name, language switch, and whatever account controls apply. */
export function AppHeader(props: { children?: ReactNode }) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <header className={styles.root}>
      <div className={styles.inner}>
        <Subtitle1 as="p" className={styles.name}>
          {t('app.name')}
        </Subtitle1>
        <div className={styles.actions}>
          {props.children}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
