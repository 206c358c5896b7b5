import type { Kysely } from 'kysely';
import { PairRepository } from './repositories/pairs.js';
import { SessionRepository } from './repositories/sessions.js';
import { UserRepository } from './repositories/users.js';
import type { Database } from './schema.js';

/**
 * The only way into tenant-owned data: every repository is built for one tenant and filters on it,
 * so no query can forget the tenant.
 */
export interface TenantData {
  readonly tenantId: string;
  readonly users: UserRepository;
  readonly pairs: PairRepository;
  readonly sessions: SessionRepository;
  /** Runs `work` in one transaction; a failure leaves nothing half-written. */
  transaction<T>(work: (data: TenantData) => Promise<T>): Promise<T>;
}

export function forTenant(db: Kysely<Database>, tenantId: string): TenantData {
  if (tenantId.length === 0) throw new Error('a tenant id is required');
  return {
    tenantId,
    users: new UserRepository(db, tenantId),
    pairs: new PairRepository(db, tenantId),
    sessions: new SessionRepository(db, tenantId),
    transaction: (work) => db.transaction().execute((trx) => work(forTenant(trx, tenantId))),
  };
}

/** Tenants are created on the first request that carries their id. */
export async function ensureTenant(db: Kysely<Database>, tenantId: string): Promise<void> {
  await db
    .insertInto('tenants')
    .values({ id: tenantId })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
