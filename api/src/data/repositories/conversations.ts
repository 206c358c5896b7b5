import type { Kysely, Selectable } from 'kysely';
import type { ConversationReferenceTable, Database } from '../schema.js';

export type ConversationScope = 'personal' | 'groupChat' | 'channel';

export interface StoredConversation {
  conversationId: string;
  scope: ConversationScope;
  userId: string | null;
  teamsUserId: string | null;
  locale: string | null;
  /** The Bot Framework conversation reference, as the channel gave it. */
  reference: unknown;
}

/** Where the bot can reach people again: one row per conversation it was installed in. */
export class ConversationRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  /** Call inside a transaction: a person's personal chat replaces any older one of theirs. */
  async save(conversation: StoredConversation, at: Date): Promise<void> {
    if (conversation.scope === 'personal' && conversation.userId !== null) {
      await this.db
        .deleteFrom('conversation_references')
        .where('tenant_id', '=', this.tenantId)
        .where('scope', '=', 'personal')
        .where('user_id', '=', conversation.userId)
        .where('conversation_id', '!=', conversation.conversationId)
        .execute();
    }
    const values = {
      scope: conversation.scope,
      user_id: conversation.userId,
      teams_user_id: conversation.teamsUserId,
      locale: conversation.locale,
      reference: JSON.stringify(conversation.reference),
      updated_at: at,
    };
    await this.db
      .insertInto('conversation_references')
      .values({ tenant_id: this.tenantId, conversation_id: conversation.conversationId, ...values })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'conversation_id']).doUpdateSet((eb) => ({
          ...values,
          // A group-chat event carries no user; keep who the personal chat belongs to.
          user_id: eb.fn.coalesce(eb.val(values.user_id), eb.ref('conversation_references.user_id')),
          teams_user_id: eb.fn.coalesce(
            eb.val(values.teams_user_id),
            eb.ref('conversation_references.teams_user_id'),
          ),
          locale: eb.fn.coalesce(eb.val(values.locale), eb.ref('conversation_references.locale')),
        })),
      )
      .execute();
  }

  async remove(conversationId: string): Promise<void> {
    await this.db
      .deleteFrom('conversation_references')
      .where('tenant_id', '=', this.tenantId)
      .where('conversation_id', '=', conversationId)
      .execute();
  }

  async findPersonal(userId: string): Promise<StoredConversation | null> {
    const row = await this.db
      .selectFrom('conversation_references')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('scope', '=', 'personal')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row === undefined ? null : toConversation(row);
  }

  /**
   * The conversation with this id, else the tenant's most recently seen one: the Teams serviceUrl
   * (the connector endpoint the meeting API lives on) is the tenant's, whichever chat gave it.
   */
  async findOrAny(conversationId: string | null): Promise<StoredConversation | null> {
    if (conversationId !== null) {
      const row = await this.db
        .selectFrom('conversation_references')
        .selectAll()
        .where('tenant_id', '=', this.tenantId)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      if (row !== undefined) return toConversation(row);
    }
    const latest = await this.db
      .selectFrom('conversation_references')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return latest === undefined ? null : toConversation(latest);
  }
}

function toConversation(row: Selectable<ConversationReferenceTable>): StoredConversation {
  return {
    conversationId: row.conversation_id,
    scope: row.scope,
    userId: row.user_id,
    teamsUserId: row.teams_user_id,
    locale: row.locale,
    reference: typeof row.reference === 'string' ? JSON.parse(row.reference) : row.reference,
  };
}
