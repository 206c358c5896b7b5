import { type Kysely, sql } from 'kysely';

// Action items (issue 16): "who does what by when", owned by the pair rather than one session so
// an open item stays in front of both until it is done. Also: a next-topics memo now becomes one
// agenda item per line, so carried items remember which line they came from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('action_items')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('pair_id', 'text', (c) => c.notNull())
    .addColumn('origin_session_id', 'text', (c) => c.notNull())
    .addColumn('agenda_item_id', 'text')
    .addColumn('owner_role', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // A calendar date (YYYY-MM-DD) in the pair's own days, not an instant.
    .addColumn('due_date', 'text')
    .addColumn('done_at', 'timestamptz')
    .addColumn('done_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('action_items_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'action_items_pair_fk',
      ['tenant_id', 'pair_id'],
      'pairs',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'action_items_session_fk',
      ['tenant_id', 'origin_session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('action_items_owner_ck', sql`owner_role in ('member', 'manager')`)
    .addCheckConstraint(
      'action_items_due_ck',
      sql`due_date is null or due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`,
    )
    .addCheckConstraint('action_items_done_ck', sql`(done_at is null) = (done_by is null)`)
    .execute();
  await db.schema
    .createIndex('action_items_pair_idx')
    .on('action_items')
    .columns(['tenant_id', 'pair_id', 'created_at'])
    .execute();

  await db.schema.alterTable('agenda_items').addColumn('carried_from_memo_line', 'integer').execute();
  await db.schema.dropIndex('agenda_items_carried_memo_uq').execute();
  // Each line of a next-topics memo is carried into a session once.
  await db.schema
    .createIndex('agenda_items_carried_memo_line_uq')
    .on('agenda_items')
    .columns(['tenant_id', 'session_id', 'carried_from_memo_id', 'carried_from_memo_line'])
    .unique()
    .where(sql.ref('carried_from_memo_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('agenda_items_carried_memo_line_uq').execute();
  // Before lines, a memo was carried as one item: keep the first line's so the old index holds.
  await sql`delete from agenda_items where carried_from_memo_line > 0`.execute(db);
  await db.schema
    .createIndex('agenda_items_carried_memo_uq')
    .on('agenda_items')
    .columns(['tenant_id', 'session_id', 'carried_from_memo_id'])
    .unique()
    .where(sql.ref('carried_from_memo_id'), 'is not', null)
    .execute();
  await db.schema.alterTable('agenda_items').dropColumn('carried_from_memo_line').execute();
  await db.schema.dropTable('action_items').execute();
}
