import { defineNamespace } from '../namespace';
import { ja } from './ja';

// The in-meeting views' texts. Japanese ships with the meeting view, as the app's Japanese does with
// the shell; English loads when first needed. The router loads the first paint's language with the
// view's own code (src/router/lazyViews.ts), so the side panel never suspends on it nor shows a text
// in the wrong language.
export const meetingText = defineNamespace(ja, () => import('./en').then((m) => m.en));
