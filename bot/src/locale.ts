export type Locale = 'ja' | 'en';

/** Japanese for any `ja` tag (`ja`, `ja-JP`), English for everything else. */
export function cardLocale(...preferences: ReadonlyArray<string | null | undefined>): Locale {
  for (const preference of preferences) {
    if (preference === null || preference === undefined || preference.trim() === '') continue;
    return preference.trim().toLowerCase().startsWith('ja') ? 'ja' : 'en';
  }
  return 'en';
}

/** Catalog labels and other text that exists in both languages. */
export interface Label {
  ja: string;
  en: string;
}

export const say = (label: Label, locale: Locale) => label[locale];
