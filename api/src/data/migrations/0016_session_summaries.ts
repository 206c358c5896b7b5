import { type Kysely, sql } from 'kysely';

// Summaries the pair controls (issue 16): one per session, drafted from its transcript, accepted
// (maybe edited) or discarded; each person's allowance per pair to have Azure OpenAI draft it; and
// the admin's switch for the tenant. Off until the admin turns it on and both people allow it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session_summaries')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fallback', 'text')
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('session_summaries_pk', ['tenant_id', 'session_id'])
    .addForeignKeyConstraint(
      'session_summaries_session_fk',
      ['tenant_id', 'session_id'],
      'sessions',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('session_summaries_state_ck', sql`state in ('draft', 'accepted', 'discarded')`)
    .addCheckConstraint('session_summaries_source_ck', sql`source in ('azure_openai', 'extractive')`)
    .execute();

  await db.schema
    .createTable('summary_consents')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('pair_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('allowed', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('summary_consents_pk', ['tenant_id', 'pair_id', 'user_id'])
    .addForeignKeyConstraint(
      'summary_consents_pair_fk',
      ['tenant_id', 'pair_id'],
      'pairs',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('summary_settings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('ai_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addForeignKeyConstraint('summary_settings_tenant_fk', ['tenant_id'], 'tenants', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('summary_settings').execute();
  await db.schema.dropTable('summary_consents').execute();
  await db.schema.dropTable('session_summaries').execute();
}
