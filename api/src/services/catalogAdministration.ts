import type { TenantData } from '../data/tenantData.js';
import {
  type Catalog,
  type CatalogEntryInput,
  type CatalogKind,
  replaceCatalogEntries,
} from '../domain/catalog.js';
import { forbidden } from '../domain/errors.js';
import type { Actor } from '../domain/people.js';
import type { SessionSnapshots } from './sessionSnapshots.js';

const KINDS: readonly CatalogKind[] = ['themes', 'expectedResponses', 'diceFaces'];

function assertCatalogAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw forbidden('only admins manage the catalog');
}

/** The organisation's themes, expected responses and dice faces, as everyone reads them. */
export async function viewCatalog(data: TenantData): Promise<Catalog> {
  return data.catalog.load();
}

/** Admins only: the catalog as it is edited, retired entries included. */
export async function viewCatalogForAdmin(data: TenantData, actor: Actor): Promise<Catalog> {
  assertCatalogAdmin(actor);
  return data.catalog.load();
}

/**
 * Admins only: replace the active entries of the kinds submitted (entries left out are retired,
 * never deleted), in one transaction; open meetings then see the new catalog.
 */
export async function replaceCatalog(
  data: TenantData,
  actor: Actor,
  submitted: Partial<Record<CatalogKind, CatalogEntryInput[]>>,
  snapshots: SessionSnapshots,
): Promise<Catalog> {
  assertCatalogAdmin(actor);
  const catalog = await data.transaction(async (trx) => {
    const current = await trx.catalog.load();
    for (const kind of KINDS) {
      const entries = submitted[kind];
      if (entries === undefined) continue;
      await trx.catalog.replace(kind, replaceCatalogEntries(kind, current[kind], entries));
    }
    return trx.catalog.load();
  });
  snapshots.catalogChanged(actor.tenantId);
  return catalog;
}
