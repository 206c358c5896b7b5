import type { Kysely } from 'kysely';
import { conflict } from '../../domain/errors.js';
import type { Pair } from '../../domain/pair.js';
import type { Database } from '../schema.js';
import { isUniqueViolation } from './postgresErrors.js';

export class PairRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  private selectPairs() {
    return this.db
      .selectFrom('pairs as p')
      .innerJoin('users as mgr', (join) =>
        join.onRef('mgr.tenant_id', '=', 'p.tenant_id').onRef('mgr.id', '=', 'p.manager_id'),
      )
      .innerJoin('users as mem', (join) =>
        join.onRef('mem.tenant_id', '=', 'p.tenant_id').onRef('mem.id', '=', 'p.member_id'),
      )
      .select([
        'p.id',
        'p.created_at',
        'mgr.id as manager_id',
        'mgr.display_name as manager_name',
        'mgr.email as manager_email',
        'mem.id as member_id',
        'mem.display_name as member_name',
        'mem.email as member_email',
      ])
      .where('p.tenant_id', '=', this.tenantId);
  }

  async listForUser(userId: string): Promise<Pair[]> {
    const rows = await this.selectPairs()
      .where((eb) => eb.or([eb('p.manager_id', '=', userId), eb('p.member_id', '=', userId)]))
      .orderBy('p.created_at')
      .orderBy('p.id')
      .execute();
    return rows.map(toPair);
  }

  async findById(pairId: string): Promise<Pair | null> {
    const row = await this.selectPairs().where('p.id', '=', pairId).executeTakeFirst();
    return row === undefined ? null : toPair(row);
  }

  async create(id: string, managerId: string, memberId: string): Promise<void> {
    try {
      await this.db
        .insertInto('pairs')
        .values({ tenant_id: this.tenantId, id, manager_id: managerId, member_id: memberId })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('these two people already have a 1on1 pair');
      throw error;
    }
  }
}

interface PairRow {
  id: string;
  manager_id: string;
  manager_name: string;
  manager_email: string | null;
  member_id: string;
  member_name: string;
  member_email: string | null;
}

function toPair(row: PairRow): Pair {
  return {
    id: row.id,
    manager: { id: row.manager_id, displayName: row.manager_name, email: row.manager_email },
    member: { id: row.member_id, displayName: row.member_name, email: row.member_email },
  };
}
