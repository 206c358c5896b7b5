import type { Kysely, Selectable } from 'kysely';
import type { NextTopicsMemo } from '../../domain/carryOver.js';
import type { Memo, MemoKind } from '../../domain/memo.js';
import type { Database, MemoTable } from '../schema.js';

export class MemoRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** Shared memos, the next-topics memo, and the viewer's own private memos — never anybody else's. */
  async listVisible(sessionIds: readonly string[], viewerId: string): Promise<Memo[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('memos')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', 'in', sessionIds)
      .where((eb) => eb.or([eb('kind', '!=', 'private'), eb('author_id', '=', viewerId)]))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toMemo);
  }

  /** Every memo of a session, private ones included: for the server's own cache, filtered per viewer before use. */
  async listAllForSession(sessionId: string): Promise<Memo[]> {
    const rows = await this.db
      .selectFrom('memos')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toMemo);
  }

  async findById(id: string): Promise<Memo | null> {
    const row = await this.db
      .selectFrom('memos')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toMemo(row);
  }

  async findNextTopics(sessionId: string): Promise<NextTopicsMemo | null> {
    const row = await this.db
      .selectFrom('memos')
      .select(['id', 'author_id', 'body'])
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .where('kind', '=', 'next_topics')
      .executeTakeFirst();
    return row === undefined ? null : { id: row.id, authorId: row.author_id, body: row.body };
  }

  /** Null when a memo with this id exists already (a repeated creation): the caller reads that one. */
  async create(memo: {
    id: string;
    sessionId: string;
    authorId: string;
    kind: MemoKind;
    body: string;
  }): Promise<Memo | null> {
    const row = await this.db
      .insertInto('memos')
      .values({
        tenant_id: this.tenantId,
        id: memo.id,
        session_id: memo.sessionId,
        author_id: memo.authorId,
        kind: memo.kind,
        body: memo.body,
      })
      // A creation repeated at the same moment (same id) finds the first one's row instead of failing.
      .onConflict((conflict) => conflict.columns(['tenant_id', 'id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toMemo(row);
  }

  /** Null when the version moved on: the caller answers 409 with the current memo. */
  async updateBody(id: string, expectedVersion: number, body: string): Promise<Memo | null> {
    const row = await this.db
      .updateTable('memos')
      .set((eb) => ({ body, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toMemo(row);
  }

  async delete(id: string, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('memos')
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}

function toMemo(row: Selectable<MemoTable>): Memo {
  return {
    id: row.id,
    sessionId: row.session_id,
    authorId: row.author_id,
    kind: row.kind,
    body: row.body,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
