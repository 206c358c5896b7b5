import { defineNamespace } from '../namespace';
import { ja } from './ja';

// Imported only by the views that show these texts, so Japanese ships in their lazy chunks.
export const actionItemsText = defineNamespace(ja, () => import('./en').then((m) => m.en));
