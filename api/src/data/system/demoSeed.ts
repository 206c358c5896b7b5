import type { Db } from '../database.js';

/*
 * Deliberately outside TenantData: seeding writes a whole demo organisation (the tenant row itself,
 * its people, pairs and past 1on1s) in one transaction, with ids fixed in advance. Only `npm start`
 * and tests call it; what the demo says lives in api/src/dev.
 */

export interface DemoTenantRows {
  tenantId: string;
  displayName: string;
  people: Array<{
    id: string;
    displayName: string;
    email: string;
    locale: 'ja' | 'en';
    department: string;
    isAdmin: boolean;
  }>;
  pairs: Array<{ id: string; managerId: string; memberId: string }>;
  /** Inserted in this order, so a session can point at one inserted before it. */
  sessions: Array<{
    id: string;
    pairId: string;
    start: Date;
    end: Date;
    ended: boolean;
    nextSessionId: string | null;
  }>;
}

/** Writes the tenant, people and pairs (keeping what exists), and the sessions only if it has none yet. */
export async function insertDemoTenant(db: Db, rows: DemoTenantRows): Promise<void> {
  const tenantId = rows.tenantId;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tenants')
      .values({ id: tenantId, display_name: rows.displayName })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('users')
      .values(
        rows.people.map((who) => ({
          tenant_id: tenantId,
          id: who.id,
          display_name: who.displayName,
          email: who.email,
          locale: who.locale,
          department: who.department,
          is_admin: who.isAdmin,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doNothing())
      .execute();
    await trx
      .insertInto('pairs')
      .values(
        rows.pairs.map((pair) => ({
          tenant_id: tenantId,
          id: pair.id,
          manager_id: pair.managerId,
          member_id: pair.memberId,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doNothing())
      .execute();

    const seeded = await trx
      .selectFrom('sessions')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .limit(1)
      .execute();
    if (seeded.length > 0) return;
    for (const session of rows.sessions) {
      await trx
        .insertInto('sessions')
        .values({
          tenant_id: tenantId,
          id: session.id,
          pair_id: session.pairId,
          scheduled_start: session.start,
          scheduled_end: session.end,
          status: session.ended ? 'ended' : 'planned',
          started_at: session.ended ? session.start : null,
          ended_at: session.ended ? session.end : null,
          next_session_id: session.nextSessionId,
        })
        .execute();
    }
  });
}

export interface EndedDemoSession {
  id: string;
  scheduledEnd: Date;
}

/** What one past demo 1on1 holds: the member's agenda, the manager's shared memo and the rating. */
export interface DemoSessionHistory {
  sessionId: string;
  managerId: string;
  memberId: string;
  items: Array<{
    id: string;
    themeId: string;
    themeText: string | null;
    expectedResponseId: string;
    detail: string;
    fit: 'yes' | 'partly' | 'no';
  }>;
  memo: { id: string; body: string; at: Date };
  rating: { clarity: number; impressions: string | null; share: boolean; at: Date };
}

/**
 * Fills the ended sessions of each pair (oldest first) with what `historyOf` says, once: a tenant
 * that has any rating already is left as it is.
 */
export async function insertDemoHistory(
  db: Db,
  tenantId: string,
  pairIds: readonly string[],
  historyOf: (pairId: string, ended: EndedDemoSession[]) => DemoSessionHistory[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('ratings')
      .select('session_id')
      .where('tenant_id', '=', tenantId)
      .limit(1)
      .execute();
    if (already.length > 0) return;
    for (const pairId of pairIds) {
      const ended = await trx
        .selectFrom('sessions')
        .select(['id', 'scheduled_end'])
        .where('tenant_id', '=', tenantId)
        .where('pair_id', '=', pairId)
        .where('status', '=', 'ended')
        .orderBy('scheduled_start')
        .execute();
      const sessions = ended.map((row) => ({ id: row.id, scheduledEnd: row.scheduled_end }));
      for (const history of historyOf(pairId, sessions)) {
        await trx
          .insertInto('agenda_items')
          .values(
            history.items.map((item, position) => ({
              tenant_id: tenantId,
              id: item.id,
              session_id: history.sessionId,
              author_id: history.memberId,
              author_role: 'member' as const,
              theme_id: item.themeId,
              theme_text: item.themeText,
              expected_response_id: item.expectedResponseId,
              detail: item.detail,
              position,
              status: 'discussed' as const,
              carried_from_item_id: null,
              carried_from_memo_id: null,
            })),
          )
          .execute();
        await trx
          .insertInto('memos')
          .values({
            tenant_id: tenantId,
            id: history.memo.id,
            session_id: history.sessionId,
            author_id: history.managerId,
            kind: 'shared',
            body: history.memo.body,
            created_at: history.memo.at,
            updated_at: history.memo.at,
          })
          .execute();
        await trx
          .insertInto('ratings')
          .values({
            tenant_id: tenantId,
            session_id: history.sessionId,
            member_id: history.memberId,
            manager_id: history.managerId,
            clarity: history.rating.clarity,
            impressions: history.rating.impressions,
            share_impressions: history.rating.share,
            submitted_at: history.rating.at,
            updated_at: history.rating.at,
          })
          .execute();
        await trx
          .insertInto('rating_item_fits')
          .values(
            history.items.map((item) => ({
              tenant_id: tenantId,
              session_id: history.sessionId,
              agenda_item_id: item.id,
              expected_response_id: item.expectedResponseId,
              fit: item.fit,
            })),
          )
          .execute();
      }
    }
  });
}
