import type { Kysely } from 'kysely';
import { conflict } from '../../domain/errors.js';
import type { Pair, PairStatus } from '../../domain/pair.js';
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
        'p.status',
        'p.proposed_by',
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

  /** A pair that was established and the person is still in (the pairs cards and lists are about). */
  async listEstablishedForUser(userId: string): Promise<Pair[]> {
    return (await this.listForUser(userId)).filter((pair) => pair.status === 'established');
  }

  /** The pair a session belongs to, for the guard that keeps pending pairs dark and ended ones read-only. */
  /**
   * Only the standing of the pair a pair id or a session id names: checked before every request
   * under a pair or a session, so it is two primary-key lookups at most, with no join the planner
   * could get wrong on tables it has no statistics for yet.
   */
  async standing(ref: { pairId: string } | { sessionId: string }): Promise<PairStatus | null> {
    const t = this.tenantId;
    const row =
      'pairId' in ref
        ? await this.db
            .selectFrom('pairs')
            .select('status')
            .where('tenant_id', '=', t)
            .where('id', '=', ref.pairId)
            .executeTakeFirst()
        : await this.db
            .selectFrom('sessions as s')
            .innerJoin('pairs as p', (join) =>
              join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.pair_id'),
            )
            .select('p.status')
            .where('s.tenant_id', '=', t)
            .where('s.id', '=', ref.sessionId)
            .where('p.tenant_id', '=', t)
            .executeTakeFirst();
    return row === undefined ? null : row.status;
  }

  async create(
    id: string,
    managerId: string,
    memberId: string,
    start: { status: 'pending' | 'established'; proposedBy: string } = {
      status: 'established',
      proposedBy: managerId,
    },
  ): Promise<void> {
    try {
      await this.db
        .insertInto('pairs')
        .values({
          tenant_id: this.tenantId,
          id,
          manager_id: managerId,
          member_id: memberId,
          status: start.status,
          proposed_by: start.proposedBy,
          confirmed_at: start.status === 'established' ? new Date() : null,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('these two people already have a 1on1 pair');
      throw error;
    }
  }

  /** The member confirms a pending pair; false when it was not pending. */
  async confirm(pairId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('pairs')
      .set({ status: 'established', confirmed_at: at })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', pairId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ends an established pair, keeping its history; idempotent. */
  async end(pairId: string, by: string, at: Date): Promise<void> {
    await this.db
      .updateTable('pairs')
      .set({ status: 'ended', ended_at: at, ended_by: by })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', pairId)
      .where('status', '=', 'established')
      .execute();
  }

  /** A pending pair that is declined or withdrawn leaves nothing behind: it never had a history. */
  async deletePending(pairId: string): Promise<void> {
    await this.db
      .deleteFrom('pairs')
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', pairId)
      .where('status', '=', 'pending')
      .execute();
  }
}

interface PairRow {
  id: string;
  status: PairStatus;
  proposed_by: string | null;
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
    status: row.status,
    proposedBy: row.proposed_by,
  };
}
