import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { SessionRecord } from '../../data/repositories/sessions.js';
import { type Pair, type PairRole, roleInPair } from '../../domain/pair.js';
import type { ManagerDirectory } from '../../services/managerDirectory.js';
import { linkMeeting, resolveMeeting } from '../../services/meetingSession.js';
import type { SessionSnapshots } from '../../services/sessionSnapshots.js';
import { sessionSummary } from '../presenters.js';
import { invalidField } from '../problem.js';
import { Id, PairRoleSchema, PersonSchema, problemResponses, SessionSummarySchema } from '../schemas.js';
import {
  presentSessionDetail,
  type SessionDetailDto,
  SessionDetailSchema,
} from '../sessionDetailPresenter.js';

/** Teams chat ids look like `19:meeting_NjM…@thread.v2`. */
const ChatId = Type.String({ minLength: 1, maxLength: 256, pattern: '^[A-Za-z0-9:@._=-]+$' });
/** teams-js `meeting.id`: Teams' base64 meeting id, which the bot's meeting details API takes. */
const TeamsMeetingId = Type.String({ minLength: 1, maxLength: 1024, pattern: '^[A-Za-z0-9+/=_-]+$' });

const Resolved = Type.Object({
  state: Type.Literal('resolved'),
  session: SessionSummarySchema,
  myRole: PairRoleSchema,
  /**
   * The session as GET /sessions/:id shows it, so the meeting tab paints without a second round
   * trip; null when it could not be read (then ask GET /sessions/:id).
   */
  detail: Type.Union([SessionDetailSchema, Type.Null()]),
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

function resolved(session: SessionRecord, pair: Pair, userId: string, detail: SessionDetailDto | null) {
  return {
    state: 'resolved' as const,
    session: sessionSummary(session),
    myRole: roleInPair(pair, userId) ?? 'member',
    detail,
  };
}

export async function meetingRoutes(
  app: FastifyInstance,
  options: { now: () => Date; directory: ManagerDirectory; snapshots: SessionSnapshots },
) {
  const withDetail = async (request: FastifyRequest, resolution: { session: SessionRecord; pair: Pair }) => {
    const snapshot = await options.snapshots.get(request.data, resolution.session.id);
    const detail = snapshot === null ? null : presentSessionDetail(snapshot, request.actor.id);
    return resolved(resolution.session, resolution.pair, request.actor.id, detail);
  };

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
      if (chatId === undefined && pairId === undefined) {
        throw invalidField('query.chatId', 'is required (or pairId outside a meeting)');
      }
      const resolution = await resolveMeeting(
        request.data,
        request.actor.id,
        { chatId, meetingId, pairId, participantCount },
        options.now,
      );
      if (resolution.state !== 'resolved') return resolution;
      return withDetail(request, resolution);
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
      const { session, pair } = await linkMeeting(
        request.data,
        request.actor,
        body,
        options.directory,
        options.now,
      );
      return withDetail(request, { session, pair });
    },
  );
}
