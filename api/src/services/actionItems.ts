import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import {
  type ActionItem,
  actionItemsForSession,
  assertMayDeleteActionItem,
  doneChange,
  isOverdue,
  localToday,
  openActionItems,
  validateActionText,
  validateDueDate,
} from '../domain/actionItems.js';
import { assertVersion } from '../domain/agenda.js';
import { invalid, notFound } from '../domain/errors.js';
import type { PairRole } from '../domain/pair.js';
import { DEFAULT_TIME_ZONE } from '../domain/slots.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { loadParticipantSession } from './participantSession.js';
import { changeSession } from './sessionChanges.js';

/** An action item as the pair sees it: the stored item plus what the day makes of it. */
export interface ActionItemView {
  id: string;
  ownerRole: PairRole;
  text: string;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
  /** Agreed in an earlier 1on1 and still shown here (carried over). */
  carried: boolean;
  originSessionId: string;
  agendaItemId: string | null;
  version: number;
}

export interface NewActionItem {
  text: string;
  ownerRole: PairRole;
  dueDate: string | null;
  agendaItemId: string | null;
}

export interface ActionItemChanges {
  text?: string;
  ownerRole?: PairRole;
  dueDate?: string | null;
  done?: boolean;
}

/** Due dates are the pair's days: in the time zone of their rhythm, else the product's default. */
async function pairToday(data: TenantData, pairId: string, now: Date): Promise<string> {
  const cadence = await data.cadences.find(pairId);
  return localToday(now, cadence?.timeZone ?? DEFAULT_TIME_ZONE);
}

export function presentActionItem(item: ActionItem, today: string, sessionId: string | null): ActionItemView {
  return {
    id: item.id,
    ownerRole: item.ownerRole,
    text: item.text,
    dueDate: item.dueDate,
    done: item.doneAt !== null,
    doneAt: item.doneAt?.toISOString() ?? null,
    overdue: isOverdue(item, today),
    carried: sessionId !== null && item.originSessionId !== sessionId,
    originSessionId: item.originSessionId,
    agendaItemId: item.agendaItemId,
    version: item.version,
  };
}

/** What a 1on1 shows: its own action items and those still open from earlier ones. */
export async function listSessionActionItems(
  data: TenantData,
  sessionId: string,
  actorId: string,
  now: Date,
): Promise<ActionItemView[]> {
  const { session, pair } = await loadParticipantSession(data, sessionId, actorId);
  const [items, today] = await Promise.all([
    data.actionItems.listForPair(pair.id),
    pairToday(data, pair.id, now),
  ]);
  return actionItemsForSession(items, { id: session.id, start: session.scheduledStart }).map((item) =>
    presentActionItem(item, today, session.id),
  );
}

/** The open action items of a pair, for the preparation page, the manager's preview and the reminder card. */
export async function listOpenActionItems(
  data: TenantData,
  pairId: string,
  now: Date,
): Promise<ActionItemView[]> {
  const [items, today] = await Promise.all([
    data.actionItems.listForPair(pairId),
    pairToday(data, pairId, now),
  ]);
  return openActionItems(items).map((item) => presentActionItem(item, today, null));
}

export async function createActionItem(
  data: TenantData,
  notifier: SessionChangeNotifier,
  input: { sessionId: string; actorId: string; item: NewActionItem; now: Date },
): Promise<ActionItemView> {
  const { sessionId, actorId, item, now } = input;
  return changeSession(data, notifier, sessionId, async (trx, record) => {
    const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
    const text = validateActionText(item.text);
    const dueDate = validateDueDate(item.dueDate);
    if (item.agendaItemId !== null) {
      const agendaItem = await trx.agenda.findById(item.agendaItemId);
      if (agendaItem === null || agendaItem.sessionId !== session.id) {
        throw invalid('agendaItemId', 'is not an item of this 1on1’s agenda');
      }
    }
    const created = await trx.actionItems.create({
      id: randomUUID(),
      pairId: pair.id,
      originSessionId: session.id,
      agendaItemId: item.agendaItemId,
      ownerRole: item.ownerRole,
      text,
      dueDate,
      createdBy: actorId,
      at: now,
    });
    // The event names the item only: the other window reads it back through the API.
    await record('action.changed', { itemId: created.id, change: 'added' });
    return presentActionItem(created, await pairToday(trx, pair.id, now), session.id);
  });
}

/** Either person may check, uncheck or correct an action item of their pair. */
export async function changeActionItem(
  data: TenantData,
  notifier: SessionChangeNotifier,
  input: {
    sessionId: string;
    itemId: string;
    actorId: string;
    expectedVersion: number;
    changes: ActionItemChanges;
    now: Date;
  },
): Promise<ActionItemView> {
  const { sessionId, itemId, actorId, expectedVersion, changes, now } = input;
  return changeSession(data, notifier, sessionId, async (trx, record) => {
    const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
    const item = await trx.actionItems.findById(itemId);
    if (item === null || item.pairId !== pair.id) throw notFound('action item');
    const today = await pairToday(trx, pair.id, now);
    assertVersion(presentActionItem(item, today, session.id), expectedVersion);
    const done = changes.done === undefined ? null : doneChange(item, changes.done, actorId, now);
    const updated = await trx.actionItems.update(
      item.id,
      expectedVersion,
      {
        ...(changes.text !== undefined && { text: validateActionText(changes.text) }),
        ...(changes.ownerRole !== undefined && { ownerRole: changes.ownerRole }),
        ...(changes.dueDate !== undefined && { dueDate: validateDueDate(changes.dueDate) }),
        ...(done !== null && { done }),
      },
      now,
    );
    if (updated === null) {
      const current = await trx.actionItems.findById(item.id);
      if (current === null) throw notFound('action item');
      assertVersion(presentActionItem(current, today, session.id), expectedVersion);
      throw notFound('action item');
    }
    await record('action.changed', { itemId: updated.id, change: 'updated' });
    return presentActionItem(updated, today, session.id);
  });
}

/**
 * Either person deletes an action item from a 1on1 that shows it (the rule is the domain's), over
 * the version they saw: an edit made meanwhile answers 409 with the item as it is now, so nobody
 * deletes a text they never read.
 */
export async function deleteActionItem(
  data: TenantData,
  notifier: SessionChangeNotifier,
  input: { sessionId: string; itemId: string; actorId: string; expectedVersion: number; now: Date },
): Promise<void> {
  const { sessionId, itemId, actorId, expectedVersion, now } = input;
  await changeSession(data, notifier, sessionId, async (trx, record) => {
    const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
    const item = await trx.actionItems.findById(itemId);
    if (item === null || item.pairId !== pair.id) throw notFound('action item');
    assertMayDeleteActionItem(item, { id: session.id, start: session.scheduledStart }, pair);
    const today = await pairToday(trx, pair.id, now);
    assertVersion(presentActionItem(item, today, session.id), expectedVersion);
    if (!(await trx.actionItems.remove(item.id, expectedVersion))) {
      const current = await trx.actionItems.findById(item.id);
      if (current === null) throw notFound('action item');
      assertVersion(presentActionItem(current, today, session.id), expectedVersion);
      throw notFound('action item');
    }
    await record('action.changed', { itemId: item.id, change: 'deleted' });
  });
}
