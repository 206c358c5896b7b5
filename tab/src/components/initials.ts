// Han, kana and Hangul: names in these scripts have no Latin-style initials.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Fluent's Avatar computes initials only for Latin names and shows a blank silhouette for
 * 佐藤 美咲. Japanese avatars conventionally show the family name's first character.
 */
export function initialsOf(displayName: string): string | undefined {
  const trimmed = displayName.trim();
  if (CJK.test(trimmed.charAt(0))) return trimmed.charAt(0);
  return undefined; // let Fluent do Latin initials ("EC")
}
