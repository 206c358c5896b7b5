import type { Locale } from '../domain/localizedText.js';

/**
 * The line of the summary prompt that sets the language the draft is written in: the pair reads
 * the draft, so it is in the reader's language. The rest of the prompt speaks to the model only.
 */
export const SUMMARY_LANGUAGE_LINE: Readonly<Record<Locale, string>> = {
  ja: '日本語で書いてください。',
  en: 'Write in English.',
};
