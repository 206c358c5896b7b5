import type { Kysely } from 'kysely';
import type { Person } from '../../domain/people.js';
import type { Database } from '../schema.js';

export interface UserProfile {
  id: string;
  displayName: string;
  email: string | null;
  locale: string | null;
  isAdmin: boolean;
}

export interface StoredUser extends UserProfile {
  department: string | null;
}

export class UserRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** Creates the user on first sight and keeps name, mail and role in step with the identity provider. */
  async upsert(profile: UserProfile): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        tenant_id: this.tenantId,
        id: profile.id,
        display_name: profile.displayName,
        email: profile.email,
        locale: profile.locale,
        is_admin: profile.isAdmin,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'id']).doUpdateSet((eb) => ({
          display_name: eb.ref('excluded.display_name'),
          email: eb.ref('excluded.email'),
          locale: eb.fn.coalesce('excluded.locale', 'users.locale'),
          is_admin: eb.ref('excluded.is_admin'),
          updated_at: new Date(),
        })),
      )
      .execute();
  }

  async findById(id: string): Promise<StoredUser | null> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      id: row.id,
      displayName: row.display_name,
      email: row.email,
      locale: row.locale,
      isAdmin: row.is_admin,
      department: row.department,
    };
  }

  /** People of the organisation whose name or mail contains `query`, for choosing a 1on1 partner. */
  async search(query: string, limit: number): Promise<Person[]> {
    const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'display_name', 'email'])
      .where('tenant_id', '=', this.tenantId)
      .where((eb) => eb.or([eb('display_name', 'ilike', pattern), eb('email', 'ilike', pattern)]))
      .orderBy('display_name')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, email: row.email }));
  }

  async findPerson(id: string): Promise<Person | null> {
    const user = await this.findById(id);
    return user === null ? null : { id: user.id, displayName: user.displayName, email: user.email };
  }
}
