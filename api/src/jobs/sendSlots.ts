import { type Kysely, sql } from 'kysely';
import type { Database } from '../data/schema.js';
import { nextSendTime, type SendLimits, TEAMS_SEND_LIMITS } from './rateLimit.js';

/** Slots older than this are of no use to any window and are swept as new ones are taken. */
const KEEP_MS = 10_000;

/**
 * Takes a send slot for a conversation, counted in the database so that every instance shares
 * Teams' limits. Sends of one tenant are serialised by a transaction-scoped advisory lock while
 * the window is read and the slot written. Returns null when the slot was taken, or when to retry.
 */
export async function takeSendSlot(
  db: Kysely<Database>,
  tenantId: string,
  conversationId: string,
  now: Date,
  limits: SendLimits = TEAMS_SEND_LIMITS,
): Promise<Date | null> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`taiwa.send_slots.${tenantId}`}))`.execute(trx);
    await trx
      .deleteFrom('send_slots')
      .where('tenant_id', '=', tenantId)
      .where('taken_at', '<', new Date(now.getTime() - KEEP_MS))
      .execute();
    const rows = await trx
      .selectFrom('send_slots')
      .select(['conversation_id', 'taken_at'])
      .where('tenant_id', '=', tenantId)
      .where('taken_at', '>', new Date(now.getTime() - limits.windowMs))
      .orderBy('taken_at')
      .execute();
    const wait = nextSendTime(
      {
        tenant: rows.map((row) => row.taken_at),
        conversation: rows.filter((row) => row.conversation_id === conversationId).map((row) => row.taken_at),
      },
      now,
      limits,
    );
    if (wait !== null) return wait;
    await trx
      .insertInto('send_slots')
      .values({ tenant_id: tenantId, conversation_id: conversationId, taken_at: now })
      .execute();
    return null;
  });
}
