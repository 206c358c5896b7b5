import type { TenantData } from '../data/tenantData.js';
import { notFound } from '../domain/errors.js';
import {
  assertItemNoteVersion,
  assertMayWriteItemNote,
  type ItemNoteKind,
  type ItemNoteView,
  isItemNoteVisibleTo,
  itemNoteConflict,
  validateItemNoteBody,
  viewItemNote,
} from '../domain/itemNote.js';
import type { Pair, PairRole } from '../domain/pair.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { loadParticipantSession } from './participantSession.js';
import { changeSession } from './sessionChanges.js';

/** The item notes of some sessions that `viewer` may see: shared ones, and their own private ones. */
export async function visibleItemNotes(
  data: TenantData,
  sessionIds: readonly string[],
  pair: Pair,
  viewer: { id: string; role: PairRole },
): Promise<ItemNoteView[]> {
  const notes = await data.itemNotes.listForSessions(
    sessionIds,
    viewer.role === 'manager' ? viewer.id : null,
  );
  return notes
    .filter((note) => isItemNoteVisibleTo(note, viewer))
    .map((note) => viewItemNote(note, note, pair));
}

/** The notes of one 1on1's items, for one of its two participants. */
export async function sessionItemNotes(
  data: TenantData,
  sessionId: string,
  actorId: string,
): Promise<ItemNoteView[]> {
  const { session, pair, role } = await loadParticipantSession(data, sessionId, actorId);
  return visibleItemNotes(data, [session.id], pair, { id: actorId, role });
}

/**
 * "Last time we noted…": for each item of this 1on1 carried over from an earlier one, the shared
 * note written under it there. Shared notes only — a private note never travels, not even to the
 * manager's preparation, so nothing of it can surface where the member looks too.
 */
export async function carriedItemNotes(
  data: TenantData,
  sessionId: string,
  actorId: string,
): Promise<Array<{ itemId: string; note: ItemNoteView }>> {
  const { session, pair } = await loadParticipantSession(data, sessionId, actorId);
  const carried = (await data.agenda.listForSession(session.id)).filter(
    (item) => item.carriedFromItemId !== null,
  );
  const sources = new Map(carried.map((item) => [item.carriedFromItemId as string, item.id]));
  const notes = await data.itemNotes.listSharedForItems([...sources.keys()]);
  return notes.flatMap((note) => {
    const itemId = sources.get(note.itemId);
    return itemId === undefined || note.body === '' ? [] : [{ itemId, note: viewItemNote(note, note, pair) }];
  });
}

export interface ItemNoteWrite {
  sessionId: string;
  itemId: string;
  kind: ItemNoteKind;
  actorId: string;
  body: string;
  /** The version the writer typed on; 0 for a note not written yet. */
  expectedVersion: number;
}

/**
 * Writes one item note, versioned. A shared note's change goes to both people's event stream; a
 * private note's change is recorded nowhere but its own row, so no stream, log or replay can ever
 * carry it to the member.
 */
export async function writeItemNote(
  data: TenantData,
  notifier: SessionChangeNotifier,
  input: ItemNoteWrite,
): Promise<ItemNoteView> {
  return changeSession(data, notifier, input.sessionId, async (trx, record) => {
    const { session, pair, role } = await loadParticipantSession(trx, input.sessionId, input.actorId);
    const item = await trx.agenda.findById(input.itemId);
    if (item === null || item.sessionId !== session.id) throw notFound('agenda item');
    assertMayWriteItemNote(input.kind, role);
    const body = validateItemNoteBody(input.body);
    const slot = { itemId: item.id, sessionId: session.id, kind: input.kind };
    const current = await trx.itemNotes.find(item.id, input.kind);
    assertItemNoteVersion(current?.version ?? 0, input.expectedVersion, viewItemNote(current, slot, pair));
    const written = await trx.itemNotes.write({
      ...slot,
      authorId: input.actorId,
      body,
      expectedVersion: input.expectedVersion,
    });
    if (written === null) {
      // Only if a write slipped past the session's serialization: a conflict all the same.
      throw itemNoteConflict(viewItemNote(await trx.itemNotes.find(item.id, input.kind), slot, pair));
    }
    const view = viewItemNote(written, slot, pair);
    if (input.kind === 'shared') await record('item-note.changed', { note: view });
    return view;
  });
}
