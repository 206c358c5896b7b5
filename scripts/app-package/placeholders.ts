/** `${{NAME}}`, the Agents Toolkit's placeholder syntax; spaces inside the braces are allowed there too. */
const placeholderPattern = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface Resolution {
  text: string;
  /** Names that had no value, each once, in order of first use. */
  missing: string[];
}

/**
 * Replaces every `${{NAME}}` in a JSON document with its value. Values are escaped for a JSON
 * string, because every placeholder in our manifests sits inside one: a value with a quote or a
 * backslash must not be able to change the document's structure. Missing names stay in place so
 * that the result still shows where they were.
 */
export function resolvePlaceholders(jsonText: string, values: Readonly<Record<string, string>>): Resolution {
  const missing = new Set<string>();
  const text = jsonText.replace(placeholderPattern, (whole, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text, missing: [...missing] };
}

/** The placeholder names still present in a text. */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1] as string))];
}
