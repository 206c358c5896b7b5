import type { Kysely, Selectable } from 'kysely';
import type { AgendaContent, AgendaItem } from '../../domain/agenda.js';
import type { CarriedItemDraft } from '../../domain/carryOver.js';
import type { PairRole } from '../../domain/pair.js';
import type { AgendaItemTable, Database } from '../schema.js';

export class AgendaRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async listForSession(sessionId: string): Promise<AgendaItem[]> {
    return this.listForSessions([sessionId]);
  }

  async listForSessions(sessionIds: readonly string[]): Promise<AgendaItem[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('agenda_items')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', 'in', sessionIds)
      .orderBy('position')
      .execute();
    return rows.map(toItem);
  }

  async findById(id: string): Promise<AgendaItem | null> {
    const row = await this.db
      .selectFrom('agenda_items')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? null : toItem(row);
  }

  async create(item: {
    id: string;
    sessionId: string;
    authorId: string;
    authorRole: PairRole;
    position: number;
    content: AgendaContent;
  }): Promise<AgendaItem> {
    const row = await this.db
      .insertInto('agenda_items')
      .values({
        tenant_id: this.tenantId,
        id: item.id,
        session_id: item.sessionId,
        author_id: item.authorId,
        author_role: item.authorRole,
        theme_id: item.content.themeId,
        theme_text: item.content.themeText,
        expected_response_id: item.content.expectedResponseId,
        detail: item.content.detail,
        position: item.position,
        status: 'open',
        carried_from_item_id: null,
        carried_from_memo_id: null,
        carried_from_memo_line: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toItem(row);
  }

  /**
   * Writes only if the row still has the version the caller saw; returns null when someone else
   * got there first, so the caller can answer 409 with the current state.
   */
  async update(
    id: string,
    expectedVersion: number,
    changes: Partial<AgendaContent> & { status?: AgendaItem['status']; position?: number },
  ): Promise<AgendaItem | null> {
    const row = await this.db
      .updateTable('agenda_items')
      .set((eb) => ({
        ...(changes.themeId !== undefined && { theme_id: changes.themeId }),
        ...(changes.themeText !== undefined && { theme_text: changes.themeText }),
        ...(changes.expectedResponseId !== undefined && { expected_response_id: changes.expectedResponseId }),
        ...(changes.detail !== undefined && { detail: changes.detail }),
        ...(changes.status !== undefined && { status: changes.status }),
        ...(changes.position !== undefined && { position: changes.position }),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toItem(row);
  }

  async delete(id: string, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('agenda_items')
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Inserts carried items; a draft already carried into this session is skipped by the unique index. */
  async insertCarried(
    sessionId: string,
    drafts: readonly (CarriedItemDraft & { id: string; position: number })[],
  ) {
    if (drafts.length === 0) return 0;
    const result = await this.db
      .insertInto('agenda_items')
      .values(
        drafts.map((draft) => ({
          tenant_id: this.tenantId,
          id: draft.id,
          session_id: sessionId,
          author_id: draft.authorId,
          author_role: draft.authorRole,
          theme_id: draft.themeId,
          theme_text: draft.themeText,
          expected_response_id: draft.expectedResponseId,
          detail: draft.detail,
          position: draft.position,
          status: 'open' as const,
          carried_from_item_id: draft.carriedFromItemId,
          carried_from_memo_id: draft.carriedFromMemoId,
          carried_from_memo_line: draft.carriedFromMemoLine,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n);
  }

  async markCarriedOver(itemIds: readonly string[]): Promise<void> {
    if (itemIds.length === 0) return;
    await this.db
      .updateTable('agenda_items')
      .set((eb) => ({ status: 'carried_over', version: eb('version', '+', 1), updated_at: new Date() }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', 'in', itemIds)
      .where('status', '=', 'open')
      .execute();
  }
}

function toItem(row: Selectable<AgendaItemTable>): AgendaItem {
  return {
    id: row.id,
    sessionId: row.session_id,
    authorId: row.author_id,
    authorRole: row.author_role,
    themeId: row.theme_id,
    themeText: row.theme_text,
    expectedResponseId: row.expected_response_id,
    detail: row.detail,
    position: row.position,
    status: row.status,
    carriedFromItemId: row.carried_from_item_id,
    carriedFromMemoId: row.carried_from_memo_id,
    carriedFromMemoLine: row.carried_from_memo_line,
    version: row.version,
  };
}
