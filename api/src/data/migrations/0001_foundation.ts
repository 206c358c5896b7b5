import { type Kysely, sql } from 'kysely';

// Every tenant-owned table keys on (tenant_id, id) so that tenant_id leads every index,
// and foreign keys carry the tenant so a row can never point into another tenant.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('locale', 'text')
    .addColumn('department', 'text')
    .addColumn('is_admin', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('users_pk', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .createTable('pairs')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('pairs_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('pairs_manager_member_uq', ['tenant_id', 'manager_id', 'member_id'])
    .addForeignKeyConstraint('pairs_manager_fk', ['tenant_id', 'manager_id'], 'users', ['tenant_id', 'id'])
    .addForeignKeyConstraint('pairs_member_fk', ['tenant_id', 'member_id'], 'users', ['tenant_id', 'id'])
    .addCheckConstraint('pairs_two_people_ck', sql`manager_id <> member_id`)
    .execute();
  await db.schema.createIndex('pairs_member_idx').on('pairs').columns(['tenant_id', 'member_id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('pair_id', 'text', (c) => c.notNull())
    .addColumn('scheduled_start', 'timestamptz', (c) => c.notNull())
    .addColumn('scheduled_end', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('teams_chat_id', 'text')
    .addColumn('join_url', 'text')
    .addColumn('graph_event_id', 'text')
    .addColumn('graph_online_meeting_id', 'text')
    .addColumn('next_session_id', 'text')
    .addColumn('started_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sessions_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'sessions_pair_fk',
      ['tenant_id', 'pair_id'],
      'pairs',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('sessions_next_fk', ['tenant_id', 'next_session_id'], 'sessions', [
      'tenant_id',
      'id',
    ])
    .addCheckConstraint('sessions_status_ck', sql`status in ('planned', 'live', 'ended')`)
    .addCheckConstraint('sessions_time_order_ck', sql`scheduled_end > scheduled_start`)
    .execute();
  await db.schema
    .createIndex('sessions_pair_start_idx')
    .on('sessions')
    .columns(['tenant_id', 'pair_id', 'scheduled_start'])
    .execute();
  await db.schema
    .createIndex('sessions_chat_idx')
    .on('sessions')
    .columns(['tenant_id', 'teams_chat_id'])
    .where(sql.ref('teams_chat_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('pairs').execute();
  await db.schema.dropTable('users').execute();
  await db.schema.dropTable('tenants').execute();
}
