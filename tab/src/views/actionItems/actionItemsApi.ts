import { type Caller, taiwaJson } from '../booking/taiwaFetch';

/** An action item as the API presents it (api/src/services/actionItems.ts). */
export interface ActionItemView {
  id: string;
  ownerRole: 'member' | 'manager';
  text: string;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
  carried: boolean;
  originSessionId: string;
  agendaItemId: string | null;
  version: number;
}

export interface NewActionItem {
  text: string;
  ownerRole: 'member' | 'manager';
  dueDate: string | null;
  agendaItemId: string | null;
}

const seg = encodeURIComponent;
const json = (body: unknown): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' },
});

export async function listActionItems(caller: Caller, sessionId: string): Promise<ActionItemView[]> {
  const { items } = await taiwaJson<{ items: ActionItemView[] }>(
    caller,
    `/sessions/${seg(sessionId)}/action-items`,
  );
  return items;
}

export function addActionItem(
  caller: Caller,
  sessionId: string,
  item: NewActionItem,
): Promise<ActionItemView> {
  return taiwaJson(caller, `/sessions/${seg(sessionId)}/action-items`, { method: 'POST', ...json(item) });
}

export function setActionItemDone(
  caller: Caller,
  sessionId: string,
  item: Pick<ActionItemView, 'id' | 'version'>,
  done: boolean,
): Promise<ActionItemView> {
  const init = json({ done });
  return taiwaJson(caller, `/sessions/${seg(sessionId)}/action-items/${seg(item.id)}`, {
    ...init,
    method: 'PATCH',
    headers: { ...(init.headers as Record<string, string>), 'If-Match': `"${item.version}"` },
  });
}
