import { conflict, invalid } from './errors.js';
import { assertPairOpen, type Pair, type PairRole } from './pair.js';
import { countCharacters, TEXT_LIMITS } from './textLimits.js';

/**
 * An action item: who (the member or the manager) does what, by when (optional). It belongs to the
 * pair, not to the 1on1 it was agreed in, so an open one stays in front of both until it is done.
 */
export interface ActionItem {
  id: string;
  pairId: string;
  /** The 1on1 it was agreed in. */
  originSessionId: string;
  /** When that 1on1 was (to be) held: what "created in or before a 1on1" compares. */
  originStart: Date;
  /** The agenda item it came out of; null when it came from the wrap-up. */
  agendaItemId: string | null;
  ownerRole: PairRole;
  text: string;
  /** A day in the pair's calendar, YYYY-MM-DD. */
  dueDate: string | null;
  doneAt: Date | null;
  doneBy: string | null;
  createdBy: string;
  createdAt: Date;
  version: number;
}

export const ACTION_ITEM_TEXT_MAX = TEXT_LIMITS.actionItemText;

export function validateActionText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw invalid('text', 'say what is to be done');
  if (countCharacters(trimmed) > ACTION_ITEM_TEXT_MAX) {
    throw invalid('text', `must be at most ${ACTION_ITEM_TEXT_MAX} characters`);
  }
  return trimmed;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, or null for "no due date". */
export function validateDueDate(value: string | null, field = 'dueDate'): string | null {
  if (value === null || value === '') return null;
  const match = DATE.exec(value);
  const [year, month, day] =
    match === null ? [0, 0, 0] : [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    match === null ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw invalid(field, 'must be a calendar date written YYYY-MM-DD, such as 2026-12-24');
  }
  return value;
}

/** Today in `timeZone`, as YYYY-MM-DD: due dates are days of the pair, not instants. */
export function localToday(now: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Overdue: still open and the due day has passed (the due day itself is still in time). */
export function isOverdue(item: Pick<ActionItem, 'doneAt' | 'dueDate'>, today: string): boolean {
  return item.doneAt === null && item.dueDate !== null && item.dueDate < today;
}

export function isOpen(item: Pick<ActionItem, 'doneAt'>): boolean {
  return item.doneAt === null;
}

/**
 * The action items a 1on1 shows. Carry-over is this view rather than a copy: an item agreed in
 * this 1on1 or an earlier one shows while it is open, and an item done during or after this 1on1
 * began still shows (checked), so both see what was finished. Nothing is duplicated, so asking
 * twice, or for every later 1on1, gives each item at most once.
 */
export function actionItemsForSession(
  items: readonly ActionItem[],
  session: { id: string; start: Date },
): ActionItem[] {
  const start = session.start.getTime();
  return [...items]
    .filter(
      (item) =>
        item.originSessionId === session.id ||
        (item.originStart.getTime() <= start && (item.doneAt === null || item.doneAt.getTime() >= start)),
    )
    .sort(byAgreement);
}

/** Open items, oldest agreement first: what the reminder card and the manager's preview list. */
export function openActionItems(items: readonly ActionItem[]): ActionItem[] {
  return items.filter(isOpen).sort(byAgreement);
}

function byAgreement(a: ActionItem, b: ActionItem): number {
  return (
    a.originStart.getTime() - b.originStart.getTime() ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

/** Checking or unchecking: what the row becomes. Repeating the same state changes nothing. */
export function doneChange(
  item: Pick<ActionItem, 'doneAt' | 'doneBy'>,
  done: boolean,
  actorId: string,
  now: Date,
): { doneAt: Date | null; doneBy: string | null } | null {
  if (done === (item.doneAt !== null)) return null;
  return done ? { doneAt: now, doneBy: actorId } : { doneAt: null, doneBy: null };
}

/**
 * Deleting an action item (an item agreed by mistake, or no longer meant): either person may, from
 * a 1on1 that still shows it — its own 1on1, or a later one it is carried into while open (or was
 * finished in). An item finished before a 1on1 began is that earlier 1on1's history: it cannot be
 * deleted from the later one, and nothing of an ended pair can be deleted (kept read-only).
 */
export function assertMayDeleteActionItem(
  item: ActionItem,
  session: { id: string; start: Date },
  pair: Pick<Pair, 'status'>,
): void {
  assertPairOpen(pair);
  if (actionItemsForSession([item], session).length === 0) {
    throw conflict('this action item belongs to the history of an earlier 1on1; it can no longer be deleted');
  }
}
