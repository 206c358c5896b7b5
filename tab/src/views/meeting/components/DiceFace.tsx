import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LocalizedText } from '../../../api/types';
import type { Locale } from '../../../i18n/messages';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, minWidth: 0 },
  large: { flexDirection: 'column', gap: tokens.spacingVerticalXL, textAlign: 'center' },
  die: {
    flexShrink: 0,
    width: '56px',
    height: '56px',
    display: 'grid',
    gridTemplate: 'repeat(3, 1fr) / repeat(3, 1fr)',
    padding: '6px',
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
  },
  dieLarge: { width: '180px', height: '180px', padding: '22px' },
  tumble: {
    animationName: {
      '0%': { transform: 'rotate(0deg) scale(0.6)', opacity: 0.3 },
      '60%': { transform: 'rotate(400deg) scale(1.1)', opacity: 1 },
      '100%': { transform: 'rotate(360deg) scale(1)' },
    },
    animationDuration: '700ms',
    animationTimingFunction: 'ease-out',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
  pip: {
    width: '70%',
    height: '70%',
    margin: 'auto',
    borderRadius: '50%',
    backgroundColor: tokens.colorBrandForeground1,
  },
  prompt: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  promptLarge: { fontSize: '40px', lineHeight: '1.3' },
});

// Cells of a 3×3 grid that hold a pip, for one to six.
const PIPS: Record<number, number[]> = {
  1: [4],
  2: [0, 8],
  3: [0, 4, 8],
  4: [0, 2, 6, 8],
  5: [0, 2, 4, 6, 8],
  6: [0, 2, 3, 5, 6, 8],
};

/**
 * The rolled face: a die showing the face's number and its prompt. It tumbles when a new roll
 * arrives (keyed by the roll's sequence number), unless the user prefers reduced motion.
 */
export function DiceFace(props: {
  number: number;
  label: LocalizedText;
  locale: Locale;
  seq: number;
  large?: boolean;
}) {
  const styles = useStyles();
  const pips = PIPS[((props.number - 1) % 6) + 1] ?? [];
  return (
    <div className={mergeClasses(styles.root, props.large && styles.large)}>
      <div
        key={props.seq}
        className={mergeClasses(styles.die, props.large && styles.dieLarge, styles.tumble)}
        aria-hidden="true"
        data-testid="dice-die"
      >
        {Array.from({ length: 9 }, (_, cell) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the nine cells of a die never reorder.
          <span key={cell} className={pips.includes(cell) ? styles.pip : undefined} />
        ))}
      </div>
      <span
        className={mergeClasses(styles.prompt, props.large && styles.promptLarge)}
        data-testid="dice-prompt"
        lang={props.locale}
      >
        {props.label[props.locale]}
      </span>
    </div>
  );
}
