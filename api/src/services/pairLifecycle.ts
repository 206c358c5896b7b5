import { randomUUID } from 'node:crypto';
import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import type { CalendarPort } from '../domain/calendarPort.js';
import { invalid, notFound } from '../domain/errors.js';
import {
  assertMayConfirmPair,
  assertMayCreatePair,
  assertMayEndPair,
  type Pair,
  type PairRole,
  roleInPair,
} from '../domain/pair.js';
import { sessionsGivenUpOnEnd } from '../domain/pairEnd.js';
import type { Actor } from '../domain/people.js';
import type { Logger } from '../logging.js';
import { type ManagerDirectory, startingStatus } from './managerDirectory.js';
import { participantPair } from './participantSession.js';

/**
 * Pair a manager and a member, both known people of the organisation; the pair starts established or
 * pending the member's confirmation, as the directory vouches for it.
 */
export async function createPair(
  data: TenantData,
  actor: Actor,
  people: { managerId: string; memberId: string },
  directory: ManagerDirectory,
): Promise<{ pair: Pair; role: PairRole }> {
  const { managerId, memberId } = people;
  assertMayCreatePair(actor, managerId, memberId);
  if ((await data.users.findById(managerId)) === null) {
    throw invalid('managerId', 'is not a known person in your organisation');
  }
  if ((await data.users.findById(memberId)) === null) {
    throw invalid('memberId', 'is not a known person in your organisation');
  }
  const id = randomUUID();
  const status = await startingStatus(directory, actor, managerId, memberId);
  await data.pairs.create(id, managerId, memberId, { status, proposedBy: actor.id });
  const pair = await data.pairs.findById(id);
  if (pair === null) throw notFound('pair');
  return { pair, role: roleInPair(pair, actor.id) ?? 'manager' };
}

/** The member confirms that the person who proposed the pair is their manager. */
export async function confirmPair(
  data: TenantData,
  pairId: string,
  actorId: string,
  now: Date,
): Promise<{ pair: Pair; role: PairRole }> {
  const { pair, role } = await participantPair(data, pairId, actorId, { pending: 'member' });
  assertMayConfirmPair(pair, actorId);
  await data.pairs.confirm(pair.id, now);
  return { pair: { ...pair, status: 'established' }, role };
}

/** The calendar of the person ending the pair (as booking obtains it), to take back the events they booked. */
export interface PairEndCalendar {
  calendar: CalendarPort;
  log: Logger;
}

export interface PairEnded {
  /** The planned 1on1s the pair gave up, now cancelled. */
  cancelledSessionIds: string[];
  /** Outlook events organised by someone else (the other person): theirs to remove, Taiwa cannot. */
  eventsLeftWithOrganizer: string[];
}

/**
 * Either person or an admin ends a pair (its history stays, read-only); a pending pair is declined and
 * removed. The pair's future planned 1on1s are cancelled in the same transaction, and afterwards the
 * Outlook events the actor booked for them are cancelled too (best effort: the end stands either way).
 */
export async function endPair(
  data: TenantData,
  pairId: string,
  actor: Actor,
  now: () => Date,
  calendar?: PairEndCalendar,
): Promise<PairEnded> {
  const pair = await data.pairs.findById(pairId);
  if (pair === null || (!actor.isAdmin && roleInPair(pair, actor.id) === null)) throw notFound('pair');
  assertMayEndPair(pair, actor);
  if (pair.status === 'pending') {
    await data.pairs.deletePending(pair.id);
    return { cancelledSessionIds: [], eventsLeftWithOrganizer: [] };
  }
  const at = now();
  const givenUp = await data.transaction(async (trx) => {
    await trx.pairs.end(pair.id, actor.id, at);
    const sessions = sessionsGivenUpOnEnd(await trx.sessions.listOpenForPair(pair.id), at);
    for (const session of sessions) await trx.bookings.markCancelled(session.id, at);
    return sessions;
  });
  const eventsLeftWithOrganizer =
    calendar === undefined ? [] : await cancelBookedEvents(givenUp, actor.id, calendar);
  return { cancelledSessionIds: givenUp.map((session) => session.id), eventsLeftWithOrganizer };
}

/**
 * Cancels the Outlook events of the given-up 1on1s that the actor organised (deleting an event from
 * the organiser's calendar sends the attendees its cancellation). Taiwa acts with the actor's own
 * delegated permission, so an event the other person organised stays for them to remove; those are
 * returned and logged (ids only, never content).
 */
async function cancelBookedEvents(
  sessions: readonly SessionRecord[],
  actorId: string,
  { calendar, log }: PairEndCalendar,
): Promise<string[]> {
  const left: string[] = [];
  for (const session of sessions) {
    if (session.graphEventId === null) continue;
    if (calendar.kind === 'graph' && session.graphOrganizerId !== actorId) {
      left.push(session.id);
      log.info({ sessionId: session.id }, 'an ended pair left an Outlook event its organiser has to cancel');
      continue;
    }
    try {
      await calendar.cancel(session.graphEventId);
    } catch (error) {
      log.warn({ err: error, sessionId: session.id }, 'could not cancel the calendar event of an ended pair');
    }
  }
  return left;
}
