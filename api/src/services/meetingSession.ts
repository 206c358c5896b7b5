import { randomUUID } from 'node:crypto';
import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { conflict, invalid } from '../domain/errors.js';
import {
  impromptuSchedule,
  isOneOnOne,
  type PairCandidate,
  pairCandidates,
  pickMeetingSession,
} from '../domain/meeting.js';
import { assertMayCreatePair, type Pair, type PairRole, roleInPair } from '../domain/pair.js';
import type { Actor } from '../domain/people.js';
import { type ManagerDirectory, startingStatus } from './managerDirectory.js';
import { participantPair } from './participantSession.js';
import { scheduleSessionIn } from './scheduleSession.js';

export interface MeetingSession {
  session: SessionRecord;
  pair: Pair;
}

export type MeetingResolution =
  | ({ state: 'resolved' } & MeetingSession)
  | { state: 'needs_pair'; candidates: PairCandidate[] }
  | { state: 'not_one_on_one' };

/**
 * Finds (or, for a pair that had nothing planned, creates) the session a meeting opened now belongs
 * to, and links it to the meeting chat. The pair's row is locked meanwhile, so both people opening
 * the tab at once get one session, not two.
 */
async function sessionForMeeting(
  data: TenantData,
  pair: Pair,
  chatId: string | null,
  now: Date,
  teamsMeetingId: string | null = null,
): Promise<SessionRecord> {
  return data.transaction(async (trx) => {
    await trx.meetingLinks.lockPair(pair.id);
    const sessions = await trx.sessions.listForPairs([pair.id]);
    const chosen =
      pickMeetingSession(sessions, chatId, now) ??
      (await scheduleSessionIn(trx, pair.id, impromptuSchedule(now)));
    if (chatId !== null && chosen.teamsChatId === null) await trx.meetingLinks.link(chosen.id, chatId);
    // The meeting's own id lets Taiwa ask Teams for its join URL and organizer later, so the
    // transcript of a 1on1 held in a meeting Taiwa did not book can be found too.
    if (chatId !== null && teamsMeetingId !== null && (chosen.teamsChatId ?? chatId) === chatId) {
      await trx.meetingLinks.recordMeeting(chosen.id, {
        teamsMeetingId,
        joinUrl: null,
        onlineMeetingId: null,
        organizerId: null,
      });
    }
    return chosen;
  });
}

/**
 * The 1on1 session of a Teams meeting as the actor opens it: the linked pair's session, or the named
 * pair's, or which of the actor's pairs it could be; a meeting of more than two, or one linked to a
 * pair the actor is not in, is not a 1on1.
 */
export async function resolveMeeting(
  data: TenantData,
  actorId: string,
  meeting: { chatId?: string; meetingId?: string; pairId?: string; participantCount?: number },
  now: () => Date,
): Promise<MeetingResolution> {
  const { chatId, meetingId, pairId, participantCount } = meeting;
  if (!isOneOnOne(participantCount ?? null)) return { state: 'not_one_on_one' };
  const at = now();
  if (chatId !== undefined) {
    const linked = await data.meetingLinks.pairIdsForChat(chatId);
    const pairs = (await Promise.all(linked.map((id) => data.pairs.findById(id)))).filter(
      (p): p is Pair => p !== null,
    );
    const mine = pairs.filter((pair) => roleInPair(pair, actorId) !== null && pair.status === 'established');
    const pair = mine.find((p) => p.id === pairId) ?? mine[0];
    if (pair !== undefined) {
      return {
        state: 'resolved',
        session: await sessionForMeeting(data, pair, chatId, at, meetingId ?? null),
        pair,
      };
    }
    // Linked to somebody else's 1on1: the caller is a third person in this meeting.
    if (pairs.length > 0) return { state: 'not_one_on_one' };
  }
  if (pairId !== undefined) {
    const pair = usable((await participantPair(data, pairId, actorId)).pair);
    return {
      state: 'resolved',
      session: await sessionForMeeting(data, pair, chatId ?? null, at, meetingId ?? null),
      pair,
    };
  }
  return {
    state: 'needs_pair',
    candidates: pairCandidates(await data.pairs.listEstablishedForUser(actorId), actorId),
  };
}

/**
 * Say which pair a Teams meeting belongs to: one of the actor's pairs, or the other person and the
 * actor's role (pairing them when they have no pair yet), then link the meeting to its session.
 */
export async function linkMeeting(
  data: TenantData,
  actor: Actor,
  link: { chatId: string; meetingId?: string; pairId?: string; otherUserId?: string; myRole?: PairRole },
  directory: ManagerDirectory,
  now: () => Date,
): Promise<MeetingSession> {
  let pair: Pair;
  if (link.pairId !== undefined) {
    if (link.otherUserId !== undefined)
      throw invalid('otherUserId', 'give either pairId or otherUserId, not both');
    pair = usable((await participantPair(data, link.pairId, actor.id)).pair);
  } else {
    if (link.otherUserId === undefined) throw invalid('pairId', 'is required (or otherUserId with myRole)');
    if (link.myRole === undefined) throw invalid('myRole', 'is required with otherUserId');
    pair = await pairWith(data, directory, actor, link.otherUserId, link.myRole);
  }
  return { session: await sessionForMeeting(data, pair, link.chatId, now(), link.meetingId ?? null), pair };
}

/**
 * The caller's pair with this person, created with the roles chosen when they have none yet. A pair
 * the member has not confirmed cannot hold a meeting yet: naming oneself someone's manager only
 * asks them.
 */
async function pairWith(
  data: TenantData,
  directory: ManagerDirectory,
  actor: Actor,
  otherUserId: string,
  myRole: PairRole,
): Promise<Pair> {
  if (otherUserId === actor.id) throw invalid('otherUserId', 'a 1on1 needs two different people');
  const existing = (await data.pairs.listForUser(actor.id)).find(
    (pair) => pair.manager.id === otherUserId || pair.member.id === otherUserId,
  );
  if (existing !== undefined) return usable(existing);
  const managerId = myRole === 'manager' ? actor.id : otherUserId;
  const memberId = myRole === 'manager' ? otherUserId : actor.id;
  assertMayCreatePair(actor, managerId, memberId);
  if ((await data.users.findById(otherUserId)) === null) {
    throw invalid('otherUserId', 'is not a known person in your organisation');
  }
  const id = randomUUID();
  const status = await startingStatus(directory, actor, managerId, memberId);
  await data.pairs.create(id, managerId, memberId, { status, proposedBy: actor.id });
  const pair = await data.pairs.findById(id);
  if (pair === null) throw invalid('otherUserId', 'could not be paired');
  return usable(pair);
}

function usable(pair: Pair): Pair {
  if (pair.status === 'pending') {
    throw conflict(`waiting for ${pair.member.displayName} to confirm this 1on1 pair in Taiwa`);
  }
  if (pair.status === 'ended') throw conflict('this 1on1 pair has ended; its history is kept read-only');
  return pair;
}
