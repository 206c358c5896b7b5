import { type Kysely, sql } from 'kysely';

// Microsoft Graph: what a booked 1on1 remembers of its calendar event, the transcripts fetched
// after a meeting, and each person's encrypted on-behalf-of token cache.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    // Whose calendar holds the event: transcripts and event changes are read from their mailbox.
    .addColumn('graph_organizer_id', 'text')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('calendar_checked_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('sessions_calendar_watch_idx')
    .on('sessions')
    .columns(['tenant_id', 'calendar_checked_at'])
    .where(sql.ref('graph_event_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('transcripts')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('cues', 'jsonb')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('meeting_ended_at', 'timestamptz', (c) => c.notNull())
    .addColumn('fetched_at', 'timestamptz')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('transcripts_pk', ['tenant_id', 'session_id'])
    .addForeignKeyConstraint(
      'transcripts_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'transcripts_state_ck',
      sql`state in ('waiting', 'none', 'fetched', 'not_permitted', 'hidden', 'deleted')`,
    )
    .addCheckConstraint('transcripts_source_ck', sql`source in ('graph', 'upload')`)
    .execute();
  // The fetch job's queue: only rows still waiting, in the order they are due.
  await db.schema
    .createIndex('transcripts_due_idx')
    .on('transcripts')
    .columns(['tenant_id', 'next_attempt_at'])
    .where(sql.ref('state'), '=', 'waiting')
    .execute();
  await db.schema
    .createIndex('transcripts_fetched_idx')
    .on('transcripts')
    .columns(['tenant_id', 'fetched_at'])
    .where(sql.ref('cues'), 'is not', null)
    .execute();

  await db.schema
    .createTable('graph_token_caches')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    // AES-256-GCM ciphertext of msal-node's serialized cache; never the plain tokens.
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('graph_token_caches_pk', ['tenant_id', 'user_id'])
    .addForeignKeyConstraint(
      'graph_token_caches_user_fk',
      ['tenant_id', 'user_id'],
      'users',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('graph_token_caches').execute();
  await db.schema.dropTable('transcripts').execute();
  await db.schema.dropIndex('sessions_calendar_watch_idx').execute();
  await db.schema
    .alterTable('sessions')
    .dropColumn('calendar_checked_at')
    .dropColumn('cancelled_at')
    .dropColumn('graph_organizer_id')
    .execute();
}
