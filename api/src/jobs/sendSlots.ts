import type { Db } from '../data/database.js';
import { takeSlotUnlessLimited } from '../data/system/sendSlots.js';
import { nextSendTime, type SendLimits, TEAMS_SEND_LIMITS } from './rateLimit.js';

/** Slots older than this are of no use to any window and are swept as new ones are taken. */
const KEEP_MS = 10_000;

/**
 * Takes a send slot for a conversation, counted in the database so that every instance shares
 * Teams' limits. Returns null when the slot was taken, or when to retry.
 */
export async function takeSendSlot(
  db: Db,
  tenantId: string,
  conversationId: string,
  now: Date,
  limits: SendLimits = TEAMS_SEND_LIMITS,
): Promise<Date | null> {
  return takeSlotUnlessLimited(
    db,
    { tenantId, conversationId, now, windowMs: limits.windowMs, keepMs: KEEP_MS },
    (recent) => nextSendTime(recent, now, limits),
  );
}
