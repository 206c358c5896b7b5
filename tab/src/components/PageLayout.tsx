import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { AppHeader } from './AppHeader';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    top: 'auto',
    ':focus': {
      left: tokens.spacingHorizontalS,
      top: tokens.spacingVerticalS,
      zIndex: 1,
      padding: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorBrandForeground1,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '1040px',
    boxSizing: 'border-box',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // The meeting side panel is 280 px wide; every pixel of padding counts there.
    '@media (max-width: 360px)': { padding: tokens.spacingHorizontalS },
  },
});

/** Header + a single <main> landmark, with a skip link for keyboard users. */
export function PageLayout(props: { header?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const { t } = useT();
  return (
    <div className={styles.root}>
      <a className={styles.skip} href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader>{props.header}</AppHeader>
      <main id="main" className={styles.main} tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
