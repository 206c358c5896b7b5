import { type Kysely, sql } from 'kysely';

// The content of a 1on1: catalog overrides, agenda, memos, dice, the session event log that SSE
// replays from, the member's rating and the relationship check-in.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalog_entries')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('label_ja', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('description_ja', 'text')
    .addColumn('description_en', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('catalog_entries_pk', ['tenant_id', 'kind', 'id'])
    .addCheckConstraint('catalog_entries_kind_ck', sql`kind in ('themes', 'expectedResponses', 'diceFaces')`)
    .execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text')
    .addColumn('theme_text', 'text')
    // Null only on an item carried over from a next-topics memo, until the member says what they expect.
    .addColumn('expected_response_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('carried_from_item_id', 'text')
    .addColumn('carried_from_memo_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('agenda_items_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'agenda_items_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('agenda_items_role_ck', sql`author_role in ('member', 'manager')`)
    .addCheckConstraint('agenda_items_status_ck', sql`status in ('open', 'discussed', 'carried_over')`)
    .addCheckConstraint('agenda_items_theme_ck', sql`theme_id is not null or theme_text is not null`)
    .execute();
  await db.schema
    .createIndex('agenda_items_session_idx')
    .on('agenda_items')
    .columns(['tenant_id', 'session_id', 'position'])
    .execute();
  // Carry-over is idempotent because an item can be carried into a session only once.
  await db.schema
    .createIndex('agenda_items_carried_item_uq')
    .on('agenda_items')
    .columns(['tenant_id', 'session_id', 'carried_from_item_id'])
    .unique()
    .where(sql.ref('carried_from_item_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('agenda_items_carried_memo_uq')
    .on('agenda_items')
    .columns(['tenant_id', 'session_id', 'carried_from_memo_id'])
    .unique()
    .where(sql.ref('carried_from_memo_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('memos')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('memos_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'memos_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('memos_kind_ck', sql`kind in ('shared', 'private', 'next_topics')`)
    .execute();
  await db.schema
    .createIndex('memos_session_idx')
    .on('memos')
    .columns(['tenant_id', 'session_id', 'created_at'])
    .execute();
  // One next-topics memo per session, written by both people.
  await db.schema
    .createIndex('memos_next_topics_uq')
    .on('memos')
    .columns(['tenant_id', 'session_id'])
    .unique()
    .where(sql.ref('kind'), '=', 'next_topics')
    .execute();

  await db.schema
    .createTable('dice_rolls')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('face_id', 'text', (c) => c.notNull())
    .addColumn('rolled_by', 'text', (c) => c.notNull())
    .addColumn('rolled_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dice_rolls_pk', ['tenant_id', 'session_id', 'seq'])
    .addForeignKeyConstraint(
      'dice_rolls_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // The ordered log of what happened in a session; its id is the SSE event id that reconnects resume from.
  await db.schema
    .createTable('session_events')
    .addColumn('id', 'bigserial', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('session_events_pk', ['tenant_id', 'session_id', 'id'])
    .execute();

  await db.schema
    .createTable('ratings')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text', (c) => c.notNull())
    .addColumn('clarity', 'smallint', (c) => c.notNull())
    .addColumn('impressions', 'text')
    .addColumn('share_impressions', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('ratings_pk', ['tenant_id', 'session_id'])
    .addForeignKeyConstraint(
      'ratings_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('ratings_clarity_ck', sql`clarity between 0 and 5`)
    .execute();
  await db.schema
    .createIndex('ratings_manager_idx')
    .on('ratings')
    .columns(['tenant_id', 'manager_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('rating_item_fits')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('agenda_item_id', 'text', (c) => c.notNull())
    .addColumn('expected_response_id', 'text', (c) => c.notNull())
    .addColumn('fit', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rating_item_fits_pk', ['tenant_id', 'session_id', 'agenda_item_id'])
    .addForeignKeyConstraint(
      'rating_item_fits_rating_fk',
      ['tenant_id', 'session_id'],
      'ratings',
      ['tenant_id', 'session_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('rating_item_fits_fit_ck', sql`fit in ('yes', 'partly', 'no')`)
    .execute();

  await db.schema
    .createTable('checkins')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('pair_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('stage', 'smallint', (c) => c.notNull())
    .addColumn('shared_with_manager', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('answered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('checkins_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'checkins_pair_fk',
      ['tenant_id', 'pair_id'],
      'pairs',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('checkins_pair_idx')
    .on('checkins')
    .columns(['tenant_id', 'pair_id', 'answered_at'])
    .execute();

  await db.schema
    .createTable('tenant_settings')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('transcript_retention_days', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('reminder_lead_minutes', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'tenant_settings',
    'checkins',
    'rating_item_fits',
    'ratings',
    'session_events',
    'dice_rolls',
    'memos',
    'agenda_items',
    'catalog_entries',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
