export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];

const STORAGE_KEY = 'taiwa.locale';

/** Maps a BCP 47 tag such as `ja-JP` or `en-us` to a supported locale, or null. */
export function toSupportedLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ja') return 'ja';
  if (primary === 'en') return 'en';
  return null;
}

/**
 * The locale to start with: the user's explicit choice wins (they switched on purpose),
 * then the host's locale (Teams/Outlook UI language), then the browser's preference list.
 */
export function resolveLocale(input: {
  stored: string | null;
  hostLocale: string | null;
  browserLanguages: readonly string[];
}): Locale {
  const stored = toSupportedLocale(input.stored);
  if (stored) return stored;
  const host = toSupportedLocale(input.hostLocale);
  if (host) return host;
  for (const tag of input.browserLanguages) {
    const supported = toSupportedLocale(tag);
    if (supported) return supported;
  }
  return 'en';
}

export function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (third-party iframe policies in some hosts); fall back to detection.
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable: the choice still applies for this page view.
  }
}
