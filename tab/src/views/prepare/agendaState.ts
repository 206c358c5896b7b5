import type { AgendaContent, AgendaItem, Catalog, Role } from '../../api/types';
import { FREE_TEXT_THEME_ID } from '../../api/types';

/**
 * The agenda as the user sees it while writes are in flight: what the server confirmed, with the
 * pending changes laid over it. A failed write just drops its pending change, so rolling back one
 * write never undoes another that is still on its way or already saved.
 */
export type PendingChange =
  | { id: string; kind: 'add'; item: AgendaItem }
  | { id: string; kind: 'update'; patches: ItemPatch[] }
  | { id: string; kind: 'remove'; itemId: string };

export interface ItemPatch {
  itemId: string;
  patch: Partial<Omit<AgendaItem, 'id' | 'sessionId'>>;
}

export interface AgendaState {
  confirmed: AgendaItem[];
  pending: PendingChange[];
}

export type AgendaAction =
  | { type: 'loaded'; items: AgendaItem[] }
  | { type: 'started'; change: PendingChange }
  /** The server accepted the change; `saved` are the items as it now stores them. */
  | { type: 'succeeded'; changeId: string; saved: AgendaItem[] }
  | { type: 'failed'; changeId: string };

export const emptyAgenda: AgendaState = { confirmed: [], pending: [] };

function upsert(items: readonly AgendaItem[], saved: readonly AgendaItem[]): AgendaItem[] {
  const byId = new Map(saved.map((item) => [item.id, item]));
  const replaced = items.map((item) => byId.get(item.id) ?? item);
  const known = new Set(items.map((item) => item.id));
  return [...replaced, ...saved.filter((item) => !known.has(item.id))];
}

export function agendaReducer(state: AgendaState, action: AgendaAction): AgendaState {
  switch (action.type) {
    case 'loaded':
      // A fresh read replaces what we knew; writes still in flight stay laid over it.
      return { ...state, confirmed: action.items };
    case 'started':
      return { ...state, pending: [...state.pending, action.change] };
    case 'succeeded': {
      const change = state.pending.find((c) => c.id === action.changeId);
      if (!change) return state;
      const pending = state.pending.filter((c) => c.id !== action.changeId);
      const confirmed =
        change.kind === 'remove'
          ? state.confirmed.filter((item) => item.id !== change.itemId)
          : upsert(state.confirmed, action.saved);
      return { confirmed, pending };
    }
    case 'failed':
      return { ...state, pending: state.pending.filter((c) => c.id !== action.changeId) };
  }
}

function apply(items: AgendaItem[], change: PendingChange): AgendaItem[] {
  switch (change.kind) {
    case 'add':
      return [...items, change.item];
    case 'remove':
      return items.filter((item) => item.id !== change.itemId);
    case 'update':
      return items.map((item) => {
        const patch = change.patches.find((p) => p.itemId === item.id)?.patch;
        return patch ? { ...item, ...patch } : item;
      });
  }
}

/** The member's items first (the 1on1 is theirs), then the manager's; each in its own order. */
export function orderAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  const rank = (item: AgendaItem) => (item.authorRole === 'member' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.id.localeCompare(b.id));
}

export function visibleAgenda(state: AgendaState): AgendaItem[] {
  return orderAgenda(state.pending.reduce(apply, state.confirmed));
}

export function isPending(state: AgendaState, itemId: string): boolean {
  return state.pending.some((change) =>
    change.kind === 'add'
      ? change.item.id === itemId
      : change.kind === 'remove'
        ? change.itemId === itemId
        : change.patches.some((p) => p.itemId === itemId),
  );
}

/**
 * Moving one of my items up or down among my own: the new order numbered 0…n-1, as the position
 * changes to send (only items whose position really changes). Empty when it cannot move further.
 */
export function movePatches(items: readonly AgendaItem[], itemId: string, delta: -1 | 1): ItemPatch[] {
  const item = items.find((i) => i.id === itemId);
  if (!item) return [];
  const own = orderAgenda(items.filter((i) => i.authorRole === item.authorRole));
  const from = own.findIndex((i) => i.id === itemId);
  const to = from + delta;
  if (to < 0 || to >= own.length) return [];
  const reordered = [...own];
  reordered.splice(from, 1);
  reordered.splice(to, 0, item);
  return reordered.flatMap((i, position) =>
    i.position === position ? [] : [{ itemId: i.id, patch: { position } }],
  );
}

/** What an item will look like once saved, drawn from the catalog so it can be shown at once. */
export function provisionalItem(input: {
  id: string;
  sessionId: string;
  author: { id: string; displayName: string };
  authorRole: Role;
  content: AgendaContent;
  catalog: Catalog;
  items: readonly AgendaItem[];
}): AgendaItem {
  const own = input.items.filter((item) => item.authorRole === input.authorRole).map((item) => item.position);
  return {
    id: input.id,
    sessionId: input.sessionId,
    author: input.author,
    authorRole: input.authorRole,
    ...contentPatch(input.content, input.catalog),
    position: own.length === 0 ? 0 : Math.max(...own) + 1,
    status: 'open',
    carriedOver: false,
    version: 0,
  };
}

/** The displayed fields that follow from a content change. */
export function contentPatch(
  content: AgendaContent,
  catalog: Catalog,
): Pick<AgendaItem, 'theme' | 'expectedResponse' | 'detail'> {
  const themeText = content.themeText?.trim() || null;
  const themeId = content.themeId ?? (themeText === null ? null : FREE_TEXT_THEME_ID);
  const theme = catalog.themes.find((entry) => entry.id === themeId);
  const expected = catalog.expectedResponses.find((entry) => entry.id === content.expectedResponseId);
  return {
    theme: {
      id: themeId,
      text: themeId === FREE_TEXT_THEME_ID ? themeText : null,
      label:
        themeId === FREE_TEXT_THEME_ID && themeText !== null
          ? { ja: themeText, en: themeText }
          : (theme?.label ?? { ja: themeId ?? '', en: themeId ?? '' }),
    },
    expectedResponse: {
      id: content.expectedResponseId,
      label: expected?.label ?? { ja: content.expectedResponseId, en: content.expectedResponseId },
      hint: expected?.description ?? null,
    },
    detail: content.detail?.trim() || null,
  };
}
