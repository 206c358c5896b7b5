import { fitsLimit, TEXT_LIMITS } from '../../api/limits';
import type { Catalog, CatalogEntryInput, CatalogKind, CatalogUpdate, LocalizedText } from '../../api/types';

/** One row of the editor. `id` is null until a new entry is saved for the first time. */
export interface DraftEntry {
  /** Stable React key, also for entries that have no id yet. */
  key: string;
  id: string | null;
  label: LocalizedText;
  /** Null when the entry has no description (always for dice faces). */
  description: LocalizedText | null;
  retired: boolean;
}

export type CatalogDraft = Record<CatalogKind, DraftEntry[]>;

export const CATALOG_KINDS: readonly CatalogKind[] = ['themes', 'expectedResponses', 'diceFaces'];

/** Dice faces are prompts only; themes explain what belongs there, responses how to answer. */
export const HAS_DESCRIPTION: Record<CatalogKind, boolean> = {
  themes: true,
  expectedResponses: true,
  diceFaces: false,
};

/** The theme members write themselves: it must stay, so the editor offers no way to retire it. */
export const PERMANENT_IDS: Record<CatalogKind, readonly string[]> = {
  themes: ['other'],
  expectedResponses: [],
  diceFaces: [],
};

export function draftFromCatalog(catalog: Catalog): CatalogDraft {
  const toDraft = (kind: CatalogKind): DraftEntry[] =>
    catalog[kind].map((entry) => ({
      key: `${kind}:${entry.id}`,
      id: entry.id,
      label: { ...entry.label },
      description: entry.description ? { ...entry.description } : null,
      retired: entry.retired,
    }));
  return {
    themes: toDraft('themes'),
    expectedResponses: toDraft('expectedResponses'),
    diceFaces: toDraft('diceFaces'),
  };
}

/** An id for a new entry, from its English label: lower case, a-z 0-9 and _, unique in its kind. */
export function newEntryId(englishLabel: string, taken: ReadonlySet<string>): string {
  const slug =
    englishLabel
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32)
      .replace(/_+$/, '') || 'entry';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function trimmed(text: LocalizedText): LocalizedText {
  return { ja: text.ja.trim(), en: text.en.trim() };
}

/**
 * The PUT body: each kind's active entries in order, new ones given ids. An empty description
 * (both languages blank) means "none"; a half-filled one is sent as is, so the server names the
 * missing language.
 */
export function toCatalogUpdate(draft: CatalogDraft): { update: CatalogUpdate; ids: Record<string, string> } {
  const update: CatalogUpdate = {};
  const ids: Record<string, string> = {};
  for (const kind of CATALOG_KINDS) {
    const taken = new Set(draft[kind].flatMap((entry) => (entry.id === null ? [] : [entry.id])));
    update[kind] = draft[kind]
      .filter((entry) => !entry.retired)
      .map((entry): CatalogEntryInput => {
        let id = entry.id;
        if (id === null) {
          id = newEntryId(entry.label.en, taken);
          taken.add(id);
          ids[entry.key] = id;
        }
        const description =
          !HAS_DESCRIPTION[kind] || entry.description === null
            ? null
            : entry.description.ja.trim() === '' && entry.description.en.trim() === ''
              ? null
              : trimmed(entry.description);
        return { id, label: trimmed(entry.label), description };
      });
  }
  return { update, ids };
}

/**
 * Field errors of a 422 keyed by where they are in the editor: `themes.2.label.en` is the third
 * active theme's English label. A kind's own key (`themes`) is an error about the whole list.
 */
export function fieldErrors(
  errors: ReadonlyArray<{ field: string; message: string }> | undefined,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const error of errors ?? []) {
    const key = error.field.replace(/^body\./, '');
    if (!map.has(key)) map.set(key, error.message);
  }
  return map;
}

/** The editor key of a field of the n-th active entry of a kind (the index the server reports). */
export function fieldKey(kind: CatalogKind, activeIndex: number, path: string): string {
  return `${kind}.${activeIndex}.${path}`;
}

/** Whether every active entry's texts fit the server's limits (the editor shows which do not). */
export function withinLimits(draft: CatalogDraft): boolean {
  const fits = (text: LocalizedText, limit: number) => fitsLimit(text.ja, limit) && fitsLimit(text.en, limit);
  return CATALOG_KINDS.every((kind) =>
    draft[kind]
      .filter((entry) => !entry.retired)
      .every(
        (entry) =>
          fits(entry.label, TEXT_LIMITS.catalogLabel) &&
          (entry.description === null || fits(entry.description, TEXT_LIMITS.catalogDescription)),
      ),
  );
}
