import { type Kysely, type Selectable, sql } from 'kysely';
import type { SummaryItemText, SummarySource, SummaryState } from '../../domain/summary.js';
import type { Database, SessionSummaryTable } from '../schema.js';

export interface SummaryRecord {
  sessionId: string;
  state: SummaryState;
  source: SummarySource;
  fallback: string | null;
  items: SummaryItemText[];
  version: number;
  updatedBy: string;
  updatedAt: Date;
}

export interface DiscussedMoment {
  agendaItemId: string;
  at: Date;
}

/** Session summaries, each person's allowance per pair and the tenant's switch (migration 0016). */
export class SummaryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async find(sessionId: string): Promise<SummaryRecord | null> {
    const row = await this.db
      .selectFrom('session_summaries')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  }

  /** Holds the session's summary row (if any) until the transaction ends, so two drafts do not cross. */
  async findForUpdate(sessionId: string): Promise<SummaryRecord | null> {
    const row = await this.db
      .selectFrom('session_summaries')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .forUpdate()
      .executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  }

  /** A new draft: inserted, or replacing a draft or a discarded summary (the caller checked which). */
  async saveDraft(
    sessionId: string,
    draft: { source: SummarySource; fallback: string | null; items: readonly SummaryItemText[] },
    by: string,
    at: Date,
  ): Promise<SummaryRecord> {
    const items = JSON.stringify(draft.items);
    const row = await this.db
      .insertInto('session_summaries')
      .values({
        tenant_id: this.tenantId,
        session_id: sessionId,
        state: 'draft',
        source: draft.source,
        fallback: draft.fallback,
        items,
        updated_by: by,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'session_id']).doUpdateSet({
          state: 'draft',
          source: draft.source,
          fallback: draft.fallback,
          items,
          version: sql<number>`session_summaries.version + 1`,
          updated_by: by,
          updated_at: at,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRecord(row);
  }

  /** Accepts (with the pair's edits) the version the caller saw; null when someone changed it since. */
  accept(
    sessionId: string,
    expectedVersion: number,
    items: readonly SummaryItemText[],
    by: string,
    at: Date,
  ): Promise<SummaryRecord | null> {
    // A discarded summary is not brought back by accepting it.
    return this.settle(
      sessionId,
      expectedVersion,
      { state: 'accepted', items, unlessDiscarded: true },
      by,
      at,
    );
  }

  /** Discards the version the caller saw; its text is dropped, not kept aside. */
  discard(sessionId: string, expectedVersion: number, by: string, at: Date): Promise<SummaryRecord | null> {
    return this.settle(
      sessionId,
      expectedVersion,
      { state: 'discarded', items: [], unlessDiscarded: false },
      by,
      at,
    );
  }

  /** Moves the version the caller saw to `state` with `items`; null when that version is gone. */
  private async settle(
    sessionId: string,
    expectedVersion: number,
    change: { state: 'accepted' | 'discarded'; items: readonly SummaryItemText[]; unlessDiscarded: boolean },
    by: string,
    at: Date,
  ): Promise<SummaryRecord | null> {
    let update = this.db
      .updateTable('session_summaries')
      .set({
        state: change.state,
        items: JSON.stringify(change.items),
        version: sql<number>`version + 1`,
        updated_by: by,
        updated_at: at,
      })
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .where('version', '=', expectedVersion);
    if (change.unlessDiscarded) update = update.where('state', '!=', 'discarded');
    const row = await update.returningAll().executeTakeFirst();
    return row === undefined ? null : toRecord(row);
  }

  /** Each person's allowance for the pair; someone who never answered has not allowed it. */
  async consents(pairId: string): Promise<Map<string, boolean>> {
    const rows = await this.db
      .selectFrom('summary_consents')
      .select(['user_id', 'allowed'])
      .where('tenant_id', '=', this.tenantId)
      .where('pair_id', '=', pairId)
      .execute();
    return new Map(rows.map((row) => [row.user_id, row.allowed]));
  }

  async setConsent(pairId: string, userId: string, allowed: boolean, at: Date): Promise<void> {
    await this.db
      .insertInto('summary_consents')
      .values({ tenant_id: this.tenantId, pair_id: pairId, user_id: userId, allowed, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'pair_id', 'user_id']).doUpdateSet({ allowed, updated_at: at }),
      )
      .execute();
  }

  async aiEnabled(): Promise<boolean> {
    const row = await this.db
      .selectFrom('summary_settings')
      .select('ai_enabled')
      .where('tenant_id', '=', this.tenantId)
      .executeTakeFirst();
    return row?.ai_enabled ?? false;
  }

  async setAiEnabled(enabled: boolean, at: Date): Promise<void> {
    await this.db
      .insertInto('summary_settings')
      .values({ tenant_id: this.tenantId, ai_enabled: enabled, updated_at: at })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ai_enabled: enabled, updated_at: at }))
      .execute();
  }

  /** When the meeting began (the origin of the transcript's times, as near as Taiwa knows it). */
  async meetingStart(sessionId: string): Promise<Date | null> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['started_at', 'scheduled_start'])
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', sessionId)
      .executeTakeFirst();
    return row === undefined ? null : (row.started_at ?? row.scheduled_start);
  }

  /**
   * The last moment each agenda item still marked discussed was ticked, from the session's event
   * log; an item ticked before the log recorded the status falls back to its last change.
   */
  async discussedMoments(sessionId: string): Promise<DiscussedMoment[]> {
    const [items, events] = await Promise.all([
      this.db
        .selectFrom('agenda_items')
        .select(['id', 'updated_at'])
        .where('tenant_id', '=', this.tenantId)
        .where('session_id', '=', sessionId)
        .where('status', '=', 'discussed')
        .execute(),
      this.db
        .selectFrom('session_events')
        .select([
          sql<string>`payload->>'itemId'`.as('item_id'),
          sql<string | null>`payload->>'at'`.as('at'),
          'created_at',
        ])
        .where('tenant_id', '=', this.tenantId)
        .where('session_id', '=', sessionId)
        .where('type', '=', 'agenda.changed')
        .where(sql<boolean>`payload->>'status' = 'discussed'`)
        .orderBy('id')
        .execute(),
    ]);
    // The app's clock at the tick when the event carries it, else when the event was written; the last tick wins.
    const ticked = new Map(
      events.map((event) => [event.item_id, event.at === null ? event.created_at : new Date(event.at)]),
    );
    return items.map((item) => ({ agendaItemId: item.id, at: ticked.get(item.id) ?? item.updated_at }));
  }
}

function toRecord(row: Selectable<SessionSummaryTable>): SummaryRecord {
  const items = typeof row.items === 'string' ? (JSON.parse(row.items) as unknown) : row.items;
  return {
    sessionId: row.session_id,
    state: row.state,
    source: row.source,
    fallback: row.fallback,
    items: Array.isArray(items) ? (items as SummaryItemText[]) : [],
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
