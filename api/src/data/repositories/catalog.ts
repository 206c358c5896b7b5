import type { Kysely } from 'kysely';
import { type Catalog, type CatalogEntry, type CatalogKind, DEFAULT_CATALOG } from '../../domain/catalog.js';
import type { Database } from '../schema.js';

const KINDS: readonly CatalogKind[] = ['themes', 'expectedResponses', 'diceFaces'];

/** A tenant's catalog: its own entries for a kind once an admin has edited it, Taiwa's defaults before. */
export class CatalogRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async load(): Promise<Catalog> {
    const rows = await this.db
      .selectFrom('catalog_entries')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .orderBy('kind')
      .orderBy('position')
      .execute();
    const catalog: Catalog = { themes: [], expectedResponses: [], diceFaces: [] };
    for (const kind of KINDS) {
      const own = rows.filter((row) => row.kind === kind);
      catalog[kind] =
        own.length === 0
          ? DEFAULT_CATALOG[kind]
          : own.map((row) => ({
              id: row.id,
              label: { ja: row.label_ja, en: row.label_en },
              description:
                row.description_ja === null || row.description_en === null
                  ? null
                  : { ja: row.description_ja, en: row.description_en },
              retired: row.retired,
            }));
    }
    return catalog;
  }

  /** Call inside a transaction: the kind's rows are rewritten as one. */
  async replace(kind: CatalogKind, entries: readonly CatalogEntry[]): Promise<void> {
    await this.db
      .deleteFrom('catalog_entries')
      .where('tenant_id', '=', this.tenantId)
      .where('kind', '=', kind)
      .execute();
    if (entries.length === 0) return;
    await this.db
      .insertInto('catalog_entries')
      .values(
        entries.map((entry, position) => ({
          tenant_id: this.tenantId,
          kind,
          id: entry.id,
          label_ja: entry.label.ja.trim(),
          label_en: entry.label.en.trim(),
          description_ja: entry.description?.ja.trim() ?? null,
          description_en: entry.description?.en.trim() ?? null,
          position,
          retired: entry.retired,
        })),
      )
      .execute();
  }
}
