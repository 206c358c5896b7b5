/**
 * History search: every word of the query must appear somewhere in a session's texts. Text is
 * compared after NFKC folding, so full-width and half-width forms (ＡＢＣ/ABC, ｶﾀｶﾅ/カタカナ) and
 * case do not matter, and the Japanese full-width space separates words like an ASCII one.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function queryTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

export function matchesQuery(texts: readonly string[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = normalizeForSearch(texts.join('\n'));
  return terms.every((term) => haystack.includes(term));
}
