import { sql } from 'kysely';
import type { Db } from '../database.js';

/*
 * Deliberately cross-instance rather than per request: send slots count Teams' rate limits for a
 * tenant across every server instance, so they are taken through one advisory lock per tenant.
 * Every query still names its tenant.
 */

/** Slots taken recently: by the whole tenant, and by the one conversation asked about. */
export interface RecentSlots {
  tenant: Date[];
  conversation: Date[];
}

export interface SlotRequest {
  tenantId: string;
  conversationId: string;
  now: Date;
  /** How far back the limits look. */
  windowMs: number;
  /** Slots older than this are of no use to any window and are swept as new ones are taken. */
  keepMs: number;
}

/**
 * Takes a send slot for a conversation unless `waitUntil` (the rate-limit rule) says to wait. Sends
 * of one tenant are serialised by a transaction-scoped advisory lock while the window is read and
 * the slot written. Returns null when the slot was taken, or when to retry.
 */
export async function takeSlotUnlessLimited(
  db: Db,
  request: SlotRequest,
  waitUntil: (recent: RecentSlots) => Date | null,
): Promise<Date | null> {
  const { tenantId, conversationId, now } = request;
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`taiwa.send_slots.${tenantId}`}))`.execute(trx);
    await trx
      .deleteFrom('send_slots')
      .where('tenant_id', '=', tenantId)
      .where('taken_at', '<', new Date(now.getTime() - request.keepMs))
      .execute();
    const rows = await trx
      .selectFrom('send_slots')
      .select(['conversation_id', 'taken_at'])
      .where('tenant_id', '=', tenantId)
      .where('taken_at', '>', new Date(now.getTime() - request.windowMs))
      .orderBy('taken_at')
      .execute();
    const wait = waitUntil({
      tenant: rows.map((row) => row.taken_at),
      conversation: rows.filter((row) => row.conversation_id === conversationId).map((row) => row.taken_at),
    });
    if (wait !== null) return wait;
    await trx
      .insertInto('send_slots')
      .values({ tenant_id: tenantId, conversation_id: conversationId, taken_at: now })
      .execute();
    return null;
  });
}
