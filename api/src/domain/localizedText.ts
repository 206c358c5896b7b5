export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every user-facing text of the product exists in both languages; neither is a fallback of the other. */
export interface LocalizedText {
  ja: string;
  en: string;
}

/** Picks ja or en from an Accept-Language style list; English when nothing matches. */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const primary = preference.trim().toLowerCase().split(/[-_]/)[0];
    const match = LOCALES.find((locale) => locale === primary);
    if (match !== undefined) return match;
  }
  return 'en';
}
