import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/** What a Teams meeting told Taiwa about itself (see MeetingFacts in @taiwa/bot). */
export interface MeetingRecord {
  teamsMeetingId: string | null;
  joinUrl: string | null;
  onlineMeetingId: string | null;
  organizerId: string | null;
}

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
   * Remembers what the meeting said about itself on the session held in it. Each value fills a
   * blank only: a booked 1on1 keeps the join URL and organizer of the event Taiwa created.
   */
  async recordMeeting(sessionId: string, meeting: MeetingRecord): Promise<void> {
    const fill =
      (column: 'teams_meeting_id' | 'join_url' | 'graph_online_meeting_id' | 'graph_organizer_id') =>
      (value: string | null) =>
        value === null ? {} : { [column]: sql<string>`coalesce(${sql.ref(column)}, ${value})` };
    const changes = {
      ...fill('teams_meeting_id')(meeting.teamsMeetingId),
      ...fill('join_url')(meeting.joinUrl),
      ...fill('graph_online_meeting_id')(meeting.onlineMeetingId),
      ...fill('graph_organizer_id')(meeting.organizerId),
    };
    if (Object.keys(changes).length === 0) return;
    await this.db
      .updateTable('sessions')
      .set(changes)
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
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
