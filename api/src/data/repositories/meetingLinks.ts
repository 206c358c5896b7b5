import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Which Teams meeting chat a session belongs to (sessions.teams_chat_id). */
export class MeetingLinkRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** The pairs whose sessions were opened from this chat. */
  async pairIdsForChat(chatId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select('pair_id')
      .distinct()
      .where('tenant_id', '=', this.tenantId)
      .where('teams_chat_id', '=', chatId)
      .execute();
    return rows.map((row) => row.pair_id);
  }

  /** Links a session to the chat unless it is already linked (to this chat or another). */
  async link(sessionId: string, chatId: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ teams_chat_id: chatId, updated_at: new Date() })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
      .where('teams_chat_id', 'is', null)
      .execute();
  }

  /**
   * Holds the pair's row until the transaction ends, so two people opening the meeting tab at the
   * same moment cannot both create a session for it.
   */
  async lockPair(pairId: string): Promise<void> {
    await this.db
      .selectFrom('pairs')
      .select('id')
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', pairId)
      .forUpdate()
      .execute();
  }
}
