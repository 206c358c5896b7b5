import { type Kysely, sql } from 'kysely';

// The bot's conversation references, the durable job table that sends its cards, and the send
// slots that keep proactive messages within Teams' rate limits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_references')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    // Personal chats only: whose chat with the bot this is (Entra object id and Teams user id).
    .addColumn('user_id', 'text')
    .addColumn('teams_user_id', 'text')
    .addColumn('locale', 'text')
    .addColumn('reference', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('conversation_references_pk', ['tenant_id', 'conversation_id'])
    .addCheckConstraint(
      'conversation_references_scope_ck',
      sql`scope in ('personal', 'groupChat', 'channel')`,
    )
    .execute();
  // One personal chat per person: proactive cards to someone go there.
  await db.schema
    .createIndex('conversation_references_personal_uq')
    .on('conversation_references')
    .columns(['tenant_id', 'user_id'])
    .unique()
    .where(sql.ref('scope'), '=', 'personal')
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // Enqueueing the same key twice is a no-op: a card is sent once per session, kind and recipient.
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('jobs_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('jobs_idempotency_uq', ['tenant_id', 'idempotency_key'])
    .addCheckConstraint('jobs_state_ck', sql`state in ('pending', 'running', 'done', 'dead')`)
    .execute();
  // Workers serve every tenant and ask "what is due, oldest first?". Only unfinished jobs are in
  // this index, so reading all of it and taking the oldest stays cheap.
  await db.schema
    .createIndex('jobs_due_idx')
    .on('jobs')
    .columns(['tenant_id', 'run_at'])
    .where(sql.ref('state'), 'in', sql`('pending', 'running')`)
    .execute();
  await db.schema
    .createIndex('jobs_dead_idx')
    .on('jobs')
    .columns(['tenant_id', 'updated_at'])
    .where(sql.ref('state'), '=', 'dead')
    .execute();

  // One row per proactive send in the last moments, per tenant and conversation: the window that
  // Teams' limits (7 per second per conversation, 50 per second per tenant) are counted over.
  await db.schema
    .createTable('send_slots')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'bigserial', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('send_slots_pk', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('send_slots_tenant_idx')
    .on('send_slots')
    .columns(['tenant_id', 'taken_at'])
    .execute();
  await db.schema
    .createIndex('send_slots_conversation_idx')
    .on('send_slots')
    .columns(['tenant_id', 'conversation_id', 'taken_at'])
    .execute();

  // The reminder planner asks each tenant for its planned 1on1s starting soon.
  await db.schema
    .createIndex('sessions_planned_start_idx')
    .on('sessions')
    .columns(['tenant_id', 'scheduled_start'])
    .where(sql.ref('status'), '=', 'planned')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_planned_start_idx').execute();
  await db.schema.dropTable('send_slots').execute();
  await db.schema.dropTable('jobs').execute();
  await db.schema.dropTable('conversation_references').execute();
}
