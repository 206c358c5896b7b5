import type { Kysely, Selectable } from 'kysely';
import type { ActionItem } from '../../domain/actionItems.js';
import type { PairRole } from '../../domain/pair.js';
import type { ActionItemTable, Database } from '../schema.js';

type ActionItemRow = Selectable<ActionItemTable> & { origin_start: Date };

export class ActionItemRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** Every action item of the given pairs, with when the 1on1 they were agreed in was held. */
  async listForPairs(pairIds: readonly string[]): Promise<ActionItem[]> {
    if (pairIds.length === 0) return [];
    const rows = await this.select()
      .where('action_items.pair_id', 'in', pairIds)
      .orderBy('action_items.created_at')
      .execute();
    return rows.map(toActionItem);
  }

  async listForPair(pairId: string): Promise<ActionItem[]> {
    return this.listForPairs([pairId]);
  }

  async findById(id: string): Promise<ActionItem | null> {
    const row = await this.select().where('action_items.id', '=', id).executeTakeFirst();
    return row === undefined ? null : toActionItem(row);
  }

  async create(item: {
    id: string;
    pairId: string;
    originSessionId: string;
    agendaItemId: string | null;
    ownerRole: PairRole;
    text: string;
    dueDate: string | null;
    createdBy: string;
    at: Date;
  }): Promise<ActionItem> {
    await this.db
      .insertInto('action_items')
      .values({
        tenant_id: this.tenantId,
        id: item.id,
        pair_id: item.pairId,
        origin_session_id: item.originSessionId,
        agenda_item_id: item.agendaItemId,
        owner_role: item.ownerRole,
        text: item.text,
        due_date: item.dueDate,
        done_at: null,
        done_by: null,
        created_by: item.createdBy,
        created_at: item.at,
        updated_at: item.at,
      })
      .execute();
    const created = await this.findById(item.id);
    if (created === null) throw new Error('an action item just written cannot be read back');
    return created;
  }

  /** Writes only over the version the caller saw; null when someone else changed it first. */
  async update(
    id: string,
    expectedVersion: number,
    changes: {
      text?: string;
      ownerRole?: PairRole;
      dueDate?: string | null;
      done?: { doneAt: Date | null; doneBy: string | null };
    },
    at: Date,
  ): Promise<ActionItem | null> {
    const updated = await this.db
      .updateTable('action_items')
      .set((eb) => ({
        ...(changes.text !== undefined && { text: changes.text }),
        ...(changes.ownerRole !== undefined && { owner_role: changes.ownerRole }),
        ...(changes.dueDate !== undefined && { due_date: changes.dueDate }),
        ...(changes.done !== undefined && { done_at: changes.done.doneAt, done_by: changes.done.doneBy }),
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
    return updated === undefined ? null : this.findById(id);
  }

  /** Deletes only the version the caller saw; false when someone else changed (or deleted) it first. */
  async remove(id: string, expectedVersion: number): Promise<boolean> {
    const removed = await this.db
      .deleteFrom('action_items')
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
    return removed !== undefined;
  }

  private select() {
    return this.db
      .selectFrom('action_items')
      .innerJoin('sessions', (join) =>
        join
          .onRef('sessions.tenant_id', '=', 'action_items.tenant_id')
          .onRef('sessions.id', '=', 'action_items.origin_session_id'),
      )
      .selectAll('action_items')
      .select('sessions.scheduled_start as origin_start')
      .where('action_items.tenant_id', '=', this.tenantId);
  }
}

function toActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    pairId: row.pair_id,
    originSessionId: row.origin_session_id,
    originStart: row.origin_start,
    agendaItemId: row.agenda_item_id,
    ownerRole: row.owner_role,
    text: row.text,
    dueDate: row.due_date,
    doneAt: row.done_at,
    doneBy: row.done_by,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: row.version,
  };
}
