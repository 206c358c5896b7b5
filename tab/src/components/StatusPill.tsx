import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HTMLAttributes } from 'react';

export type PillTone = 'brand' | 'success' | 'warning' | 'important' | 'neutral';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    boxSizing: 'border-box',
    minHeight: '20px',
    paddingInline: tokens.spacingHorizontalSNudge,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  small: { minHeight: '16px', fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  important: {
    backgroundColor: tokens.colorNeutralForeground1,
    color: tokens.colorNeutralBackground1,
  },
  neutral: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * A short status label (live, private, not sent yet). Fluent's Badge would do, but its styles
 * for every shape, size and appearance cost the 280 px side panel ~3 KB gzip of first-paint
 * JavaScript for the five labels it shows; these use the same theme tokens, so they follow light,
 * dark and high-contrast themes.
 */
export function StatusPill({
  tone,
  size = 'medium',
  className,
  ...rest
}: HTMLAttributes<HTMLSpanElement> & { tone: PillTone; size?: 'small' | 'medium' } & Record<
    `data-${string}`,
    string | undefined
  >) {
  const styles = useStyles();
  return (
    <span
      {...rest}
      className={mergeClasses(styles.root, size === 'small' && styles.small, styles[tone], className)}
    />
  );
}
