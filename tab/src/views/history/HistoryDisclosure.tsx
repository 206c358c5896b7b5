import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { type ReactNode, Suspense } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start' },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
});

/**
 * A part of a past 1on1 behind a disclosure button, collapsed until asked for. What it reveals is
 * a lazily loaded panel: only mounted while open, with a spinner (`loadingLabel`) until it is in.
 */
export function HistoryDisclosure(props: {
  /** The revealed panel's element id, which the button controls. */
  panelId: string;
  open: boolean;
  onToggle(): void;
  /** Says what the button does now: show, or hide. */
  label: string;
  loadingLabel: string;
  testId: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="subtle"
        aria-expanded={props.open}
        aria-controls={props.open ? props.panelId : undefined}
        onClick={props.onToggle}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      {props.open && (
        <div id={props.panelId} className={styles.panel}>
          <Suspense fallback={<Spinner size="tiny" label={props.loadingLabel} labelPosition="after" />}>
            {props.children}
          </Suspense>
        </div>
      )}
    </div>
  );
}
