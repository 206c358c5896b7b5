import { type Kysely, sql } from 'kysely';

// A pair's rhythm (issue 16): the weekday and local time their 1on1s recur at, in their time zone.
// One per pair; the rule that turns it into the next date is api/src/domain/cadence.ts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pair_cadences')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('pair_id', 'text', (c) => c.notNull())
    .addColumn('rhythm', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('minute_of_day', 'integer', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('week_of_month', 'integer')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pair_cadences_pk', ['tenant_id', 'pair_id'])
    .addForeignKeyConstraint(
      'pair_cadences_pair_fk',
      ['tenant_id', 'pair_id'],
      'pairs',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('pair_cadences_rhythm_ck', sql`rhythm in ('weekly', 'biweekly', 'monthly')`)
    .addCheckConstraint('pair_cadences_weekday_ck', sql`weekday between 1 and 7`)
    .addCheckConstraint('pair_cadences_minute_ck', sql`minute_of_day between 0 and 1439`)
    .addCheckConstraint(
      'pair_cadences_week_ck',
      sql`(rhythm = 'monthly') = (week_of_month is not null) and (week_of_month is null or week_of_month between 1 and 5)`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pair_cadences').execute();
}
