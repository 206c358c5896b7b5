import { defineNamespace } from '../namespace';
import type { en } from './en';
import { ja } from './ja';

// Imported only by the views that show these texts, so Japanese ships in their lazy chunks.
export const cadenceText = defineNamespace(ja, () => import('./en').then((m) => m.en));

export type CadenceKey = keyof typeof en;
