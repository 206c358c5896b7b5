import { type Kysely, sql } from 'kysely';

// Notes per agenda item (issue 16): what the pair wrote during the 1on1 under one item. Each item
// holds at most one shared note, written by both, and one private note, the manager's alone. Both
// are versioned like memos, so a simultaneous edit is a conflict to combine, never a lost word.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agenda_item_notes')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    // Who wrote the current text last; for a private note always its owner, the manager.
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('agenda_item_notes_pk', ['tenant_id', 'item_id', 'kind'])
    .addForeignKeyConstraint(
      'agenda_item_notes_item_fk',
      ['tenant_id', 'item_id'],
      'agenda_items',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'agenda_item_notes_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('agenda_item_notes_kind_ck', sql`kind in ('shared', 'private')`)
    .execute();
  // The meeting view, history and preparation read a session's notes at once.
  await db.schema
    .createIndex('agenda_item_notes_session_idx')
    .on('agenda_item_notes')
    .columns(['tenant_id', 'session_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agenda_item_notes').execute();
}
