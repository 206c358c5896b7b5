import { type Kysely, sql } from 'kysely';

// Insights: the admin analytics rollup (one row per organisation unit and period, recomputed whole
// per tenant) and covering indexes that keep a manager's feedback fast at 1.5 million 1on1s.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_rollup_state')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('refreshed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('refresh_ms', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('insight_units')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_units_pk', ['tenant_id', 'unit_key'])
    .addCheckConstraint('insight_units_kind_ck', sql`kind in ('department', 'team')`)
    .execute();

  await db.schema
    .createTable('insight_unit_periods')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull())
    .addColumn('due', 'integer', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull())
    .addColumn('held_members', 'integer', (c) => c.notNull())
    .addColumn('prepared', 'integer', (c) => c.notNull())
    .addColumn('gap_days_sum', 'double precision', (c) => c.notNull())
    .addColumn('gaps', 'integer', (c) => c.notNull())
    .addColumn('gap_members', 'integer', (c) => c.notNull())
    .addColumn('rated', 'integer', (c) => c.notNull())
    .addColumn('clarity_sum', 'integer', (c) => c.notNull())
    .addColumn('raters', 'integer', (c) => c.notNull())
    .addColumn('checkin_members', 'integer', (c) => c.notNull())
    // Per expected response: [yes, partly, no, people]; kept in the row so a read is one small scan.
    .addColumn('fits', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // Pairs per stage index ("0"–"9"), from each pair's latest check-in of the period.
    .addColumn('stages', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('insight_unit_periods_pk', ['tenant_id', 'unit_key', 'period'])
    .execute();

  // A manager's feedback reads their ratings and the fits of those 1on1s straight from the index.
  await sql`create index ratings_manager_feedback_idx on ratings (tenant_id, manager_id, submitted_at) include (member_id, clarity, session_id)`.execute(
    db,
  );
  await sql`create index rating_item_fits_feedback_idx on rating_item_fits (tenant_id, session_id) include (expected_response_id, fit)`.execute(
    db,
  );
  // Analytics find each 1on1's member-written agenda items by session.
  await sql`create index agenda_items_member_prepared_idx on agenda_items (tenant_id, session_id, created_at) where author_role = 'member'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists agenda_items_member_prepared_idx`.execute(db);
  await sql`drop index if exists rating_item_fits_feedback_idx`.execute(db);
  await sql`drop index if exists ratings_manager_feedback_idx`.execute(db);
  for (const table of ['insight_unit_periods', 'insight_units', 'insight_rollup_state']) {
    await db.schema.dropTable(table).execute();
  }
}
