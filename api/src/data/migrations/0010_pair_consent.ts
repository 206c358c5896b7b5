import { type Kysely, sql } from 'kysely';

// Who manages whom is not something anyone may claim for themselves. A pair is `established` when
// the directory (Entra `manager`) or an admin says so, or the member confirms it; until then it is
// `pending` and the would-be manager sees nothing of the member. Either person or an admin can end
// a pair: `ended` keeps its history, read-only. Pairs that exist already stay established.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('pairs')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('established'))
    .addColumn('proposed_by', 'text')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema
    .alterTable('pairs')
    .addCheckConstraint('pairs_status_known', sql`status in ('pending', 'established', 'ended')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pairs').dropConstraint('pairs_status_known').execute();
  await db.schema
    .alterTable('pairs')
    .dropColumn('ended_by')
    .dropColumn('ended_at')
    .dropColumn('confirmed_at')
    .dropColumn('proposed_by')
    .dropColumn('status')
    .execute();
}
