import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface StoredSessionEvent {
  /** Monotonic across the database: the SSE event id a reconnect resumes after. */
  id: string;
  sessionId: string;
  type: string;
  payload: unknown;
  createdAt: Date;
}

/**
 * The session's event log. Writes append to it in the same transaction as the change they
 * describe, so an event exists exactly when its change was committed.
 */
export class SessionEventRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /**
   * Call first in a change transaction. Event ids come from a sequence, so two transactions on one
   * session could commit out of id order, and a stream that had already moved past the later id
   * would never see the earlier one. Holding the session's row until commit puts the changes to
   * one session, and so their ids, in commit order.
   */
  async serialize(sessionId: string): Promise<void> {
    await this.db
      .selectFrom('sessions')
      .select('id')
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
      .forUpdate()
      .execute();
  }

  async append(sessionId: string, type: string, payload: unknown): Promise<string> {
    const row = await this.db
      .insertInto('session_events')
      .values({ tenant_id: this.tenantId, session_id: sessionId, type, payload: JSON.stringify(payload) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return String(row.id);
  }

  async listAfter(sessionId: string, afterId: string | null, limit = 500): Promise<StoredSessionEvent[]> {
    let query = this.db
      .selectFrom('session_events')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId);
    if (afterId !== null) query = query.where('id', '>', afterId);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map((row) => ({
      id: String(row.id),
      sessionId: row.session_id,
      type: row.type,
      payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
      createdAt: row.created_at,
    }));
  }

  async latestId(sessionId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('session_events')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row?.id === null || row?.id === undefined ? null : String(row.id);
  }
}
