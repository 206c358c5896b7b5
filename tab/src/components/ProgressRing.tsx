import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/**
 * An indeterminate progress ring in Fluent's look, for the views on the side panel's first path
 * (loading states), where Fluent's Spinner would cost the 150 KB budget about 3 KB. Other views
 * keep using Spinner.
 */
const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
  },
  ring: {
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1.2s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
  tiny: {
    width: '20px',
    height: '20px',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
  },
  medium: {
    width: '32px',
    height: '32px',
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

/** The label names the progress bar for screen readers; it shows below the ring unless hidden. */
export function ProgressRing(props: { label: string; size?: 'tiny' | 'medium'; hideLabel?: boolean }) {
  const styles = useStyles();
  const size = props.size ?? 'medium';
  return (
    <span className={styles.root} role="progressbar" aria-label={props.label}>
      <span className={mergeClasses(styles.ring, styles[size])} aria-hidden />
      <span className={props.hideLabel === true ? styles.hidden : styles.label}>{props.label}</span>
    </span>
  );
}
