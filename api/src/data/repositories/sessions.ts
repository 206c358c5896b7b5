import type { Kysely, Selectable } from 'kysely';
import type { SessionSchedule, SessionStatus } from '../../domain/session.js';
import type { Database, SessionTable } from '../schema.js';

export interface SessionRecord {
  id: string;
  pairId: string;
  status: SessionStatus;
  scheduledStart: Date;
  scheduledEnd: Date;
  teamsChatId: string | null;
  joinUrl: string | null;
  graphEventId: string | null;
  nextSessionId: string | null;
  version: number;
}

export class SessionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async listForPairs(pairIds: readonly string[]): Promise<SessionRecord[]> {
    if (pairIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', 'in', pairIds)
      .orderBy('scheduled_start', 'desc')
      .execute();
    return rows.map(toRecord);
  }

  async findById(id: string): Promise<SessionRecord | null> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  }

  async create(id: string, pairId: string, schedule: SessionSchedule): Promise<SessionRecord> {
    const row = await this.db
      .insertInto('sessions')
      .values({
        tenant_id: this.tenantId,
        id,
        pair_id: pairId,
        scheduled_start: schedule.scheduledStart,
        scheduled_end: schedule.scheduledEnd,
        status: 'planned',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRecord(row);
  }
}

function toRecord(row: Selectable<SessionTable>): SessionRecord {
  return {
    id: row.id,
    pairId: row.pair_id,
    status: row.status,
    scheduledStart: row.scheduled_start,
    scheduledEnd: row.scheduled_end,
    teamsChatId: row.teams_chat_id,
    joinUrl: row.join_url,
    graphEventId: row.graph_event_id,
    nextSessionId: row.next_session_id,
    version: row.version,
  };
}
