import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    margin: 0,
  },
});

/** One titled block of the side panel; the heading names the region for screen readers. */
export function Section(props: {
  id: string;
  title: string;
  badge?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby={props.id} data-testid={props.testId}>
      <div className={styles.head}>
        <Subtitle2 as="h2" id={props.id}>
          {props.title}
        </Subtitle2>
        {props.badge}
      </div>
      {props.children}
    </section>
  );
}
