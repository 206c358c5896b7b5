import type { Kysely, Selectable } from 'kysely';
import type { ItemNote, ItemNoteKind } from '../../domain/itemNote.js';
import type { AgendaItemNoteTable, Database } from '../schema.js';

/** Notes per agenda item. Visibility (the private note is the manager's) is decided by the caller's rules. */
export class AgendaItemNoteRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /**
   * The notes of these sessions: shared ones, and private ones only when written by `privateOf`
   * (the manager reading their own). Null reads no private note at all.
   */
  async listForSessions(sessionIds: readonly string[], privateOf: string | null): Promise<ItemNote[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('agenda_item_notes')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', 'in', sessionIds)
      .where((eb) =>
        privateOf === null
          ? eb('kind', '=', 'shared')
          : eb.or([eb('kind', '=', 'shared'), eb('author_id', '=', privateOf)]),
      )
      .orderBy('item_id')
      .orderBy('kind')
      .execute();
    return rows.map(toNote);
  }

  /** The shared notes of these items (the ones an agenda carried over from the last 1on1). */
  async listSharedForItems(itemIds: readonly string[]): Promise<ItemNote[]> {
    if (itemIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('agenda_item_notes')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('item_id', 'in', itemIds)
      .where('kind', '=', 'shared')
      .execute();
    return rows.map(toNote);
  }

  async find(itemId: string, kind: ItemNoteKind): Promise<ItemNote | null> {
    const row = await this.db
      .selectFrom('agenda_item_notes')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('item_id', '=', itemId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return row === undefined ? null : toNote(row);
  }

  /**
   * Writes the note if it is still at `expectedVersion` (0: not written yet). Null when another
   * write got there first: the caller answers 409 with the note as it is now.
   */
  async write(note: {
    itemId: string;
    sessionId: string;
    kind: ItemNoteKind;
    authorId: string;
    body: string;
    expectedVersion: number;
  }): Promise<ItemNote | null> {
    if (note.expectedVersion === 0) {
      const row = await this.db
        .insertInto('agenda_item_notes')
        .values({
          tenant_id: this.tenantId,
          item_id: note.itemId,
          kind: note.kind,
          session_id: note.sessionId,
          author_id: note.authorId,
          body: note.body,
        })
        // Both people writing the first text at once: the second finds the first's and conflicts.
        .onConflict((conflict) => conflict.columns(['tenant_id', 'item_id', 'kind']).doNothing())
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? null : toNote(row);
    }
    const row = await this.db
      .updateTable('agenda_item_notes')
      .set((eb) => ({
        body: note.body,
        author_id: note.authorId,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('tenant_id', '=', this.tenantId)
      .where('item_id', '=', note.itemId)
      .where('kind', '=', note.kind)
      .where('version', '=', note.expectedVersion)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? null : toNote(row);
  }
}

function toNote(row: Selectable<AgendaItemNoteTable>): ItemNote {
  return {
    itemId: row.item_id,
    sessionId: row.session_id,
    kind: row.kind,
    authorId: row.author_id,
    body: row.body,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
