import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Each person's msal-node token cache, stored as ciphertext only (graph/tokenCacheCipher encrypts
 * it). Keyed by tenant and user; used by the Graph token source, not by routes.
 */
export class GraphTokenCacheRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async load(tenantId: string, userId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('graph_token_caches')
      .select('ciphertext')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.ciphertext ?? null;
  }

  async save(tenantId: string, userId: string, ciphertext: string, at: Date): Promise<void> {
    await this.db
      .insertInto('graph_token_caches')
      .values({ tenant_id: tenantId, user_id: userId, ciphertext, updated_at: at })
      .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ ciphertext, updated_at: at }))
      .execute();
  }
}
