import { defineNamespace } from '../namespace';
import type { en } from './en';
import { ja } from './ja';

// Imported only by the views that show these texts, so Japanese ships in their lazy chunks.
export const summaryText = defineNamespace(ja, () => import('./en').then((m) => m.en));

/** Why a summary was picked from the transcript rather than drafted by Azure OpenAI. */
export type SummaryFallbackKey = Extract<keyof typeof en, `summary.fallback.${string}`>;
