import { type Kysely, type Selectable, sql } from 'kysely';
import type { Checkin } from '../../domain/checkin.js';
import type { CheckinTable, Database } from '../schema.js';

export interface StagePoint {
  stage: number;
  answeredAt: Date;
}

/** Relationship check-ins of the tenant's pairs. */
export class CheckinRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async create(checkin: Checkin): Promise<void> {
    await this.db
      .insertInto('checkins')
      .values({
        tenant_id: this.tenantId,
        id: checkin.id,
        pair_id: checkin.pairId,
        member_id: checkin.memberId,
        answers: JSON.stringify(checkin.answers),
        stage: checkin.stage,
        shared_with_manager: checkin.sharedWithManager,
        answered_at: checkin.answeredAt,
      })
      .execute();
  }

  /**
   * Serialises check-ins of one pair inside the caller's transaction, so two submissions at the same
   * moment cannot both pass the once-a-month rule.
   */
  async lockPair(pairId: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtext(${`taiwa.checkin.${this.tenantId}.${pairId}`}))`.execute(
      this.db,
    );
  }

  /** Newest first. */
  async listForPair(pairId: string, limit: number): Promise<Checkin[]> {
    const rows = await this.db
      .selectFrom('checkins')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .orderBy('answered_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toCheckin);
  }

  /**
   * The latest `perPair` stages of each pair's SHARED check-ins, newest first: all a manager may see
   * of the stage (see `checkinContentVisibleTo`); unshared check-ins never reach the manager's views.
   */
  async sharedStagesForPairs(
    pairIds: readonly string[],
    perPair: number,
  ): Promise<Map<string, StagePoint[]>> {
    const stages = new Map<string, StagePoint[]>(pairIds.map((id) => [id, []]));
    if (pairIds.length === 0) return stages;
    const rows = await this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('checkins')
          .select([
            'pair_id',
            'stage',
            'answered_at',
            sql<number>`row_number() over (partition by pair_id order by answered_at desc, id desc)`.as(
              'rank',
            ),
          ])
          .where('tenant_id', '=', this.tenantId)
          .where('pair_id', 'in', pairIds)
          .where('shared_with_manager', '=', true)
          .as('ranked'),
      )
      .select(['pair_id', 'stage', 'answered_at'])
      .where('rank', '<=', perPair)
      .orderBy('pair_id')
      .orderBy('answered_at', 'desc')
      .execute();
    for (const row of rows) stages.get(row.pair_id)?.push({ stage: row.stage, answeredAt: row.answered_at });
    return stages;
  }
}

function toCheckin(row: Selectable<CheckinTable>): Checkin {
  return {
    id: row.id,
    pairId: row.pair_id,
    memberId: row.member_id,
    answers: typeof row.answers === 'string' ? (JSON.parse(row.answers) as number[]) : row.answers,
    stage: row.stage,
    sharedWithManager: row.shared_with_manager,
    answeredAt: row.answered_at,
  };
}
