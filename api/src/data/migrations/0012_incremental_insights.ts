import { type Kysely, sql } from 'kysely';

// Incremental admin analytics: instead of recomputing a tenant's whole rollup, the database marks
// the members whose figures a write can change (their 1on1s, agenda items, ratings, fits, check-ins,
// pairs, or their own or their manager's department and name), and a refresh recomputes only the
// organisation units of the marked members. Triggers (one per statement, reading its transition
// table) catch every writer: the API, the bot, jobs, imports and seeds alike.
//
// The unit each member was in at the last refresh is kept, so a member who moves (department
// changed, first pair ended) refreshes the unit they left as well as the one they joined.
//
// Existing rollups are dropped: the next refresh rebuilds each tenant whole, which is the catch-up for
// the history written before the marks existed.

const MARKED_BY_MEMBER = ['ratings', 'checkins', 'pairs'];
const MARKED_BY_PAIR = ['sessions'];
const MARKED_BY_SESSION = ['agenda_items', 'rating_item_fits'];

function markFunction(name: string, membersOf: (rows: string) => string) {
  return sql.raw(`
    create or replace function ${name}() returns trigger language plpgsql as $$
    begin
      if tg_op in ('INSERT', 'UPDATE') then
        insert into insight_dirty_members (tenant_id, member_id)
        ${membersOf('new_rows')}
        on conflict do nothing;
      end if;
      if tg_op in ('DELETE', 'UPDATE') then
        insert into insight_dirty_members (tenant_id, member_id)
        ${membersOf('old_rows')}
        on conflict do nothing;
      end if;
      return null;
    end $$`);
}

async function markTriggers(db: Kysely<unknown>, table: string, fn: string): Promise<void> {
  await sql
    .raw(`create trigger ${table}_insight_mark_ins after insert on ${table}
      referencing new table as new_rows for each statement execute function ${fn}()`)
    .execute(db);
  await sql
    .raw(`create trigger ${table}_insight_mark_upd after update on ${table}
      referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`)
    .execute(db);
  await sql
    .raw(`create trigger ${table}_insight_mark_del after delete on ${table}
      referencing old table as old_rows for each statement execute function ${fn}()`)
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_dirty_members')
    // No foreign key: the triggers also fire while a tenant's rows are deleted with it.
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_dirty_members_pk', ['tenant_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('insight_member_units')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_member_units_pk', ['tenant_id', 'member_id'])
    .execute();

  await markFunction(
    'insight_mark_by_member',
    (rows) => `select distinct tenant_id, member_id from ${rows}`,
  ).execute(db);
  await markFunction(
    'insight_mark_by_pair',
    (rows) => `select distinct p.tenant_id, p.member_id from ${rows} r
      join pairs p on p.tenant_id = r.tenant_id and p.id = r.pair_id`,
  ).execute(db);
  await markFunction(
    'insight_mark_by_session',
    (rows) => `select distinct p.tenant_id, p.member_id from ${rows} r
      join sessions s on s.tenant_id = r.tenant_id and s.id = r.session_id
      join pairs p on p.tenant_id = s.tenant_id and p.id = s.pair_id`,
  ).execute(db);
  // A user's department decides their unit; a manager's name is their team's name.
  await sql`
    create or replace function insight_mark_by_user() returns trigger language plpgsql as $$
    begin
      insert into insight_dirty_members (tenant_id, member_id)
      select changed.tenant_id, changed.id from (
        select n.tenant_id, n.id from new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
        where n.department is distinct from o.department or n.display_name is distinct from o.display_name
      ) changed
      union
      select p.tenant_id, p.member_id from pairs p
      join new_rows n on n.tenant_id = p.tenant_id and n.id = p.manager_id
      join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
      where n.display_name is distinct from o.display_name
      on conflict do nothing;
      return null;
    end $$`.execute(db);

  for (const table of MARKED_BY_MEMBER) await markTriggers(db, table, 'insight_mark_by_member');
  for (const table of MARKED_BY_PAIR) await markTriggers(db, table, 'insight_mark_by_pair');
  for (const table of MARKED_BY_SESSION) await markTriggers(db, table, 'insight_mark_by_session');
  await sql`
    create trigger users_insight_mark_upd after update on users
    referencing old table as old_rows new table as new_rows
    for each statement execute function insight_mark_by_user()`.execute(db);

  // A refresh also marks the members whose 1on1s became due since the last one (time, not a write).
  await sql`create index sessions_tenant_start_idx on sessions (tenant_id, scheduled_start)`.execute(db);

  await sql`delete from insight_rollup_state`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists sessions_tenant_start_idx`.execute(db);
  await sql`drop trigger if exists users_insight_mark_upd on users`.execute(db);
  for (const table of [...MARKED_BY_MEMBER, ...MARKED_BY_PAIR, ...MARKED_BY_SESSION]) {
    for (const suffix of ['ins', 'upd', 'del']) {
      await sql.raw(`drop trigger if exists ${table}_insight_mark_${suffix} on ${table}`).execute(db);
    }
  }
  for (const fn of ['by_user', 'by_session', 'by_pair', 'by_member']) {
    await sql.raw(`drop function if exists insight_mark_${fn}()`).execute(db);
  }
  await db.schema.dropTable('insight_member_units').execute();
  await db.schema.dropTable('insight_dirty_members').execute();
}
