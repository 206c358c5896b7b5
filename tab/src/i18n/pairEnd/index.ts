import { defineNamespace } from '../namespace';
import type { en } from './en';
import { ja } from './ja';

// Imported only by the home view's end-pair button, so Japanese ships in its lazy chunk, not the shell.
export const pairEndText = defineNamespace(ja, () => import('./en').then((m) => m.en));

export type PairEndKey = keyof typeof en;
