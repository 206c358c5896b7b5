import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { SessionRecord } from '../../data/repositories/sessions.js';
import type { TenantData } from '../../data/tenantData.js';
import { conflict, invalid } from '../../domain/errors.js';
import { impromptuSchedule, isOneOnOne, pairCandidates, pickMeetingSession } from '../../domain/meeting.js';
import { assertMayCreatePair, type Pair, type PairRole, roleInPair } from '../../domain/pair.js';
import { type ManagerDirectory, startingStatus } from '../../services/managerDirectory.js';
import { scheduleSessionIn } from '../../services/scheduleSession.js';
import { sessionSummary } from '../presenters.js';
import { HttpProblem, problemTypes } from '../problem.js';
import { Id, PairRoleSchema, PersonSchema, problemResponses, SessionSummarySchema } from '../schemas.js';
import { participantPair } from './pairs.js';

/** Teams chat ids look like `19:meeting_NjM…@thread.v2`. */
const ChatId = Type.String({ minLength: 1, maxLength: 256, pattern: '^[A-Za-z0-9:@._=-]+$' });
/** teams-js `meeting.id`: Teams' base64 meeting id, which the bot's meeting details API takes. */
const TeamsMeetingId = Type.String({ minLength: 1, maxLength: 1024, pattern: '^[A-Za-z0-9+/=_-]+$' });

const Resolved = Type.Object({
  state: Type.Literal('resolved'),
  session: SessionSummarySchema,
  myRole: PairRoleSchema,
});
const NeedsPair = Type.Object({
  state: Type.Literal('needs_pair'),
  candidates: Type.Array(Type.Object({ pairId: Type.String(), myRole: PairRoleSchema, other: PersonSchema })),
});
const NotOneOnOne = Type.Object({ state: Type.Literal('not_one_on_one') });
const Resolution = Type.Union([Resolved, NeedsPair, NotOneOnOne]);

interface ResolveQuery {
  chatId?: string;
  meetingId?: string;
  pairId?: string;
  participantCount?: number;
}
interface LinkBody {
  chatId: string;
  meetingId?: string;
  pairId?: string;
  otherUserId?: string;
  myRole?: PairRole;
}

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

function resolved(session: SessionRecord, pair: Pair, userId: string) {
  return {
    state: 'resolved' as const,
    session: sessionSummary(session),
    myRole: roleInPair(pair, userId) ?? 'member',
  };
}

export async function meetingRoutes(
  app: FastifyInstance,
  options: { now: () => Date; directory: ManagerDirectory },
) {
  app.get(
    '/meetings/resolve',
    {
      schema: {
        summary: 'The 1on1 session of a Teams meeting: resolved, or which pair it is, or not a 1on1',
        description:
          "Pass the meeting chat id (teams-js `chat.id`) and, where known, the meeting id (teams-js `meeting.id`, kept so Taiwa can find the meeting's transcript). A chat already linked to one of your pairs resolves to that pair's live session, else the planned one nearest now, else a new one starting now. An unlinked chat answers `needs_pair` with your pairs to choose from (then POST /meetings/link, or call again with `pairId`). `participantCount` above 2, or a chat linked to a pair you are not in, answers `not_one_on_one`. Without `chatId`, `pairId` resolves a pair's current session outside Teams.",
        tags: ['meetings'],
        querystring: Type.Object(
          {
            chatId: Type.Optional(ChatId),
            meetingId: Type.Optional(TeamsMeetingId),
            pairId: Type.Optional(Id),
            participantCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Resolution, ...problemResponses },
      },
    },
    async (request) => {
      const { chatId, meetingId, pairId, participantCount } = request.query as ResolveQuery;
      const { actor, data } = request;
      if (chatId === undefined && pairId === undefined) {
        throw new HttpProblem({
          type: problemTypes.validation,
          title: 'Invalid input',
          status: 400,
          detail: 'query.chatId is required (or pairId outside a meeting)',
          errors: [{ field: 'query.chatId', message: 'is required (or pairId outside a meeting)' }],
        });
      }
      if (!isOneOnOne(participantCount ?? null)) return { state: 'not_one_on_one' as const };
      const now = options.now();
      if (chatId !== undefined) {
        const linked = await data.meetingLinks.pairIdsForChat(chatId);
        const pairs = (await Promise.all(linked.map((id) => data.pairs.findById(id)))).filter(
          (p): p is Pair => p !== null,
        );
        const mine = pairs.filter(
          (pair) => roleInPair(pair, actor.id) !== null && pair.status === 'established',
        );
        const pair = mine.find((p) => p.id === pairId) ?? mine[0];
        if (pair !== undefined)
          return resolved(
            await sessionForMeeting(data, pair, chatId, now, meetingId ?? null),
            pair,
            actor.id,
          );
        // Linked to somebody else's 1on1: the caller is a third person in this meeting.
        if (pairs.length > 0) return { state: 'not_one_on_one' as const };
      }
      if (pairId !== undefined) {
        const pair = usable((await participantPair(data, pairId, actor.id)).pair);
        return resolved(
          await sessionForMeeting(data, pair, chatId ?? null, now, meetingId ?? null),
          pair,
          actor.id,
        );
      }
      return {
        state: 'needs_pair' as const,
        candidates: pairCandidates(await data.pairs.listEstablishedForUser(actor.id), actor.id),
      };
    },
  );

  app.post(
    '/meetings/link',
    {
      schema: {
        summary:
          'Say which 1on1 pair a Teams meeting belongs to: an existing pair, or the other person and your role',
        tags: ['meetings'],
        body: Type.Object(
          {
            chatId: ChatId,
            meetingId: Type.Optional(TeamsMeetingId),
            pairId: Type.Optional(Id),
            otherUserId: Type.Optional(Id),
            myRole: Type.Optional(PairRoleSchema),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Resolved,
          ...problemResponses,
          403: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request) => {
      const body = request.body as LinkBody;
      const { actor, data } = request;
      let pair: Pair;
      if (body.pairId !== undefined) {
        if (body.otherUserId !== undefined)
          throw invalid('otherUserId', 'give either pairId or otherUserId, not both');
        pair = usable((await participantPair(data, body.pairId, actor.id)).pair);
      } else {
        if (body.otherUserId === undefined)
          throw invalid('pairId', 'is required (or otherUserId with myRole)');
        if (body.myRole === undefined) throw invalid('myRole', 'is required with otherUserId');
        pair = await pairWith(data, options.directory, actor, body.otherUserId, body.myRole);
      }
      return resolved(
        await sessionForMeeting(data, pair, body.chatId, options.now(), body.meetingId ?? null),
        pair,
        actor.id,
      );
    },
  );
}

/**
 * The caller's pair with this person, created with the roles chosen when they have none yet. A pair
 * the member has not confirmed cannot hold a meeting yet: naming oneself someone's manager only
 * asks them.
 */
async function pairWith(
  data: TenantData,
  directory: ManagerDirectory,
  actor: Parameters<typeof assertMayCreatePair>[0],
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
