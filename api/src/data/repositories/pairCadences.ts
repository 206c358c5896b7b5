import type { Kysely } from 'kysely';
import type { Cadence } from '../../domain/cadence.js';
import type { Database } from '../schema.js';

export class PairCadenceRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async find(pairId: string): Promise<Cadence | null> {
    const row = await this.db
      .selectFrom('pair_cadences')
      .select(['rhythm', 'weekday', 'minute_of_day', 'duration_minutes', 'time_zone', 'week_of_month'])
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .executeTakeFirst();
    if (row === undefined) return null;
    return {
      rhythm: row.rhythm,
      weekday: row.weekday,
      minuteOfDay: row.minute_of_day,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      weekOfMonth: row.week_of_month,
    };
  }

  async save(pairId: string, cadence: Cadence, by: string, at: Date): Promise<void> {
    const columns = {
      rhythm: cadence.rhythm,
      weekday: cadence.weekday,
      minute_of_day: cadence.minuteOfDay,
      duration_minutes: cadence.durationMinutes,
      time_zone: cadence.timeZone,
      week_of_month: cadence.weekOfMonth,
      updated_by: by,
      updated_at: at,
    };
    await this.db
      .insertInto('pair_cadences')
      .values({ tenant_id: this.tenantId, pair_id: pairId, ...columns })
      .onConflict((oc) => oc.columns(['tenant_id', 'pair_id']).doUpdateSet(columns))
      .execute();
  }

  /** Whether there was a rhythm to remove. */
  async remove(pairId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('pair_cadences')
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
