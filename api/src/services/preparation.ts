import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import type { AgendaItem } from '../domain/agenda.js';

/** Runs inside the transaction that added the member's item, so a notice is queued exactly when the item exists. */
export type MemberPreparedHook = (trx: TenantData, session: SessionRecord, item: AgendaItem) => Promise<void>;

/** Lets the bot tell a manager that their member has prepared, without the agenda knowing about the bot. */
export interface PreparationEvents {
  onMemberPrepared(hook: MemberPreparedHook): void;
  memberPrepared(trx: TenantData, session: SessionRecord, item: AgendaItem): Promise<void>;
}

export function createPreparationEvents(): PreparationEvents {
  const hooks: MemberPreparedHook[] = [];
  return {
    onMemberPrepared(hook) {
      hooks.push(hook);
    },
    async memberPrepared(trx, session, item) {
      for (const hook of hooks) await hook(trx, session, item);
    },
  };
}
