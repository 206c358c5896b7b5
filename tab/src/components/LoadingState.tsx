import { makeStyles, tokens } from '@fluentui/react-components';
import { ProgressRing } from './ProgressRing';

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
});

/** A centred spinner whose label is also what screen readers announce. */
export function LoadingState(props: { label: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" data-testid={props.testId}>
      <ProgressRing label={props.label} />
    </div>
  );
}
