import type { en } from './messages.en';
import { ja } from './messages.ja';
import { defineNamespace } from './namespace';

export { LOCALES, type Locale } from './locale';

export type MessageKey = keyof typeof en;

// The app's own texts (the shell's), the base namespace. Japanese ships in the first download
// (Taiwa's users are mostly in Japan); English loads when it is first needed (main.tsx awaits it
// before an English first paint), keeping the side panel small.
export const appText = defineNamespace(ja, () => import('./messages.en').then((m) => m.en));
