import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import {
  type AgendaContent,
  type AgendaItem,
  assertMayEditContent,
  assertRoomForItem,
  assertSessionOpen,
  assertVersion,
  nextPosition,
  validateAgendaContent,
} from '../domain/agenda.js';
import { notFound } from '../domain/errors.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { agendaItemView } from './agendaItemView.js';
import { loadParticipantSession } from './participantSession.js';
import type { PreparationEvents } from './preparation.js';
import { changeSession } from './sessionChanges.js';

type AgendaItemView = ReturnType<typeof agendaItemView>;

export interface AgendaDeps {
  notifier: SessionChangeNotifier;
  preparation: PreparationEvents;
  now: () => Date;
}

/** One of the pair adds an item to an open 1on1's agenda; the member's item counts as preparation. */
export async function addAgendaItem(
  data: TenantData,
  sessionId: string,
  actorId: string,
  body: {
    themeId?: string | null;
    themeText?: string | null;
    expectedResponseId: string;
    detail?: string | null;
  },
  deps: AgendaDeps,
): Promise<AgendaItemView> {
  const { preparation } = deps;
  return changeSession(data, deps.notifier, sessionId, async (trx, record) => {
    const { session, pair, role } = await loadParticipantSession(trx, sessionId, actorId);
    assertSessionOpen(session.status);
    const [items, catalog] = await Promise.all([trx.agenda.listForSession(session.id), trx.catalog.load()]);
    assertRoomForItem(items);
    const content = validateAgendaContent(
      {
        themeId: body.themeId ?? null,
        themeText: body.themeText ?? null,
        expectedResponseId: body.expectedResponseId,
        detail: body.detail ?? null,
      },
      catalog,
    );
    const item = await trx.agenda.create({
      id: randomUUID(),
      sessionId: session.id,
      authorId: actorId,
      authorRole: role,
      position: nextPosition(items, role),
      content,
    });
    await record('agenda.changed', { itemId: item.id, change: 'added' });
    if (role === 'member') await preparation.memberPrepared(trx, session, item);
    return agendaItemView(item, pair, catalog);
  });
}

/** Its author changes an item's content; either person its status or place; at the version they saw. */
export async function changeAgendaItem(
  data: TenantData,
  sessionId: string,
  actorId: string,
  change: {
    itemId: string;
    expectedVersion: number;
    body: {
      themeId?: string | null;
      themeText?: string | null;
      expectedResponseId?: string;
      detail?: string | null;
      status?: 'open' | 'discussed';
      position?: number;
    };
  },
  deps: AgendaDeps,
): Promise<AgendaItemView> {
  const { itemId, expectedVersion, body } = change;
  const { now } = deps;
  return changeSession(data, deps.notifier, sessionId, async (trx, record) => {
    const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
    const item = await trx.agenda.findById(itemId);
    if (item === null || item.sessionId !== session.id) throw notFound('agenda item');
    assertSessionOpen(session.status);
    const catalog = await trx.catalog.load();
    const present = (current: AgendaItem) => agendaItemView(current, pair, catalog);
    assertVersion({ ...present(item), version: item.version }, expectedVersion);

    const touchesContent = ['themeId', 'themeText', 'expectedResponseId', 'detail'].some(
      (key) => key in body,
    );
    let content: Partial<AgendaContent> = {};
    if (touchesContent) {
      assertMayEditContent(item, actorId);
      const previous = {
        themeId: item.themeId,
        themeText: item.themeText,
        expectedResponseId: item.expectedResponseId,
        detail: item.detail,
      };
      content = validateAgendaContent(
        {
          themeId:
            body.themeId !== undefined ? body.themeId : body.themeText !== undefined ? null : item.themeId,
          themeText: body.themeText !== undefined ? body.themeText : item.themeText,
          expectedResponseId: body.expectedResponseId ?? item.expectedResponseId,
          detail: body.detail !== undefined ? body.detail : item.detail,
        },
        catalog,
        previous,
      );
    }
    const updated = await trx.agenda.update(item.id, expectedVersion, {
      ...content,
      ...(body.status !== undefined && { status: body.status }),
      ...(body.position !== undefined && { position: body.position }),
    });
    if (updated === null) {
      const current = await trx.agenda.findById(item.id);
      assertVersion(current === null ? { version: -1 } : present(current), expectedVersion);
      throw notFound('agenda item');
    }
    // The status is logged with the change: when an item was ticked splits the transcript per item.
    await record('agenda.changed', {
      itemId: item.id,
      change: 'updated',
      ...(body.status !== undefined && { status: body.status, at: now().toISOString() }),
    });
    return present(updated);
  });
}

/** Its author removes an item at the version they saw. */
export async function removeAgendaItem(
  data: TenantData,
  sessionId: string,
  actorId: string,
  target: { itemId: string; expectedVersion: number },
  deps: AgendaDeps,
): Promise<void> {
  const { itemId, expectedVersion } = target;
  await changeSession(data, deps.notifier, sessionId, async (trx, record) => {
    const { session, pair } = await loadParticipantSession(trx, sessionId, actorId);
    const item = await trx.agenda.findById(itemId);
    if (item === null || item.sessionId !== session.id) throw notFound('agenda item');
    assertSessionOpen(session.status);
    assertMayEditContent(item, actorId);
    const catalog = await trx.catalog.load();
    assertVersion(agendaItemView(item, pair, catalog), expectedVersion);
    if (!(await trx.agenda.delete(item.id, expectedVersion))) throw notFound('agenda item');
    await record('agenda.changed', { itemId: item.id, change: 'deleted' });
  });
}
