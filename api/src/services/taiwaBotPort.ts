import {
  type BotUser,
  type CardOutcome,
  cardLocale,
  type Locale,
  type MeetingFacts,
  NO_MEETING_FACTS,
  type TaiwaBotPort,
} from '@taiwa/bot';
import type { Db } from '../data/database.js';
import { ensureTenant, forTenant, type TenantData } from '../data/tenantData.js';
import { DomainError, notFound } from '../domain/errors.js';
import { goesLive } from '../domain/meetingWindow.js';
import { assertPairOpen } from '../domain/pair.js';
import { PRIVATE_MY_1ON1S_CARD } from '../jobs/kinds/privateMy1on1sCard.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
import { addAgendaItem } from './agendaItems.js';
import {
  loadSessionAndPair,
  my1on1sModel,
  ratingCardModel,
  reminderCardModel,
  type SessionAndPair,
} from './cardModels.js';
import { loadParticipantSession } from './participantSession.js';
import type { PreparationEvents } from './preparation.js';
import { submitRating } from './ratings.js';
import type { SessionLifecycle } from './sessionLifecycle.js';
import type { TabLinks } from './tabLinks.js';

export interface BotPortDependencies {
  db: Db;
  allowedTenants: ReadonlySet<string> | '*';
  lifecycle: SessionLifecycle;
  preparation: PreparationEvents;
  notifier: SessionChangeNotifier;
  links: TabLinks;
  now: () => Date;
  /** Called after a change that queued cards has committed. */
  wakeJobs: () => void;
}

/** Taiwa as the bot sees it: the api's side of the bot's port, translating turns into product rules. */
export function createTaiwaBotPort(deps: BotPortDependencies): TaiwaBotPort {
  const allowed = (tenantId: string) => deps.allowedTenants === '*' || deps.allowedTenants.has(tenantId);
  const dataFor = (tenantId: string) => forTenant(deps.db, tenantId);

  /** The session as the acting member sees it; anything else reads as "not found" to the card. */
  async function memberSession(
    data: TenantData,
    user: BotUser,
    sessionId: string,
  ): Promise<SessionAndPair | null> {
    try {
      const { session, pair, role } = await loadParticipantSession(data, sessionId, user.aadObjectId);
      return role === 'member' ? { session, pair } : null;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  /**
   * A card the member acts on: `work` runs only for the member of the session's pair, and a product
   * rule it breaks becomes the card's "not found" or "invalid" answer.
   */
  function memberCard<M>(
    user: BotUser,
    sessionId: string,
    work: (data: TenantData, found: SessionAndPair, locale: Locale) => Promise<M>,
  ): Promise<CardOutcome<M>> {
    const data = dataFor(user.tenantId);
    const locale = cardLocale(user.locale);
    return attempt(locale, async () => {
      const found = await memberSession(data, user, sessionId);
      return found === null ? null : work(data, found, locale);
    });
  }

  async function attempt<M>(locale: Locale, work: () => Promise<M | null>): Promise<CardOutcome<M>> {
    try {
      const model = await work();
      return model === null ? { status: 'not_found', locale } : { status: 'ok', model };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === 'not_found') return { status: 'not_found', locale };
      return { status: 'invalid', locale, field: error.field ?? error.kind, message: error.message };
    }
  }

  /** The tenant's data and the reader's language, for someone Taiwa knows; null for anyone else. */
  async function knownReader(user: BotUser): Promise<{ data: TenantData; locale: Locale } | null> {
    if (!allowed(user.tenantId)) return null;
    const data = dataFor(user.tenantId);
    const known = await data.users.findById(user.aadObjectId);
    return known === null ? null : { data, locale: cardLocale(user.locale ?? known.locale) };
  }

  /** The 1on1 held in this meeting chat now, with what the meeting told about itself kept on it. */
  async function meetingSession(data: TenantData, chatId: string, at: Date, meeting: MeetingFacts) {
    const session = await data.sessions.findForMeeting(chatId, at);
    // Kept before anything else happens: ending starts the transcript watch, which needs the meeting.
    if (session !== null) await data.meetingLinks.recordMeeting(session.id, meeting);
    return session;
  }

  return {
    async saveConversationReference(record) {
      if (!allowed(record.tenantId)) return;
      await ensureTenant(deps.db, record.tenantId);
      await dataFor(record.tenantId).transaction((trx) =>
        trx.conversations.save(
          {
            conversationId: record.conversationId,
            scope: record.scope,
            userId: record.userAadObjectId,
            teamsUserId: record.userTeamsId,
            locale: record.locale,
            reference: record.reference,
          },
          deps.now(),
        ),
      );
    },

    async removeConversationReference(tenantId, conversationId) {
      if (!allowed(tenantId)) return;
      await dataFor(tenantId).conversations.remove(conversationId);
    },

    async sessionStartedFromMeeting(tenantId, chatId, at, meeting = NO_MEETING_FACTS) {
      if (!allowed(tenantId)) return false;
      const data = dataFor(tenantId);
      const session = await meetingSession(data, chatId, at, meeting);
      if (session === null) return false;
      if (goesLive(session, 'meeting_started', at)) await deps.lifecycle.start(data, session.id, at);
      return true;
    },

    async sessionEndedFromMeeting(tenantId, chatId, at, meeting = NO_MEETING_FACTS) {
      if (!allowed(tenantId)) return false;
      const data = dataFor(tenantId);
      const session = await meetingSession(data, chatId, at, meeting);
      if (session === null) return false;
      const ended = await deps.lifecycle.end(data, session.id, at);
      if (ended !== null) deps.wakeJobs();
      return true;
    },

    ratingCard(user, sessionId) {
      return memberCard(user, sessionId, (data, found, locale) =>
        ratingCardModel(data, found, locale, deps.links, deps.now()),
      );
    },

    submitRating(user, sessionId, submission) {
      return memberCard(user, sessionId, async (data, { pair }, locale) => {
        assertPairOpen(pair);
        // The tab's rating route calls the same use case.
        await submitRating(data, user.aadObjectId, sessionId, submission, deps.now());
        return ratingCardModel(data, await sessionNow(data, sessionId), locale, deps.links, deps.now());
      });
    },

    reminderCard(user, sessionId, timing) {
      return memberCard(user, sessionId, (data, found, locale) =>
        reminderCardModel(data, found, timing, locale, deps.links),
      );
    },

    submitReminderAgenda(user, sessionId, timing, submission) {
      return memberCard(user, sessionId, async (data, { pair }, locale) => {
        assertPairOpen(pair);
        // The tab's add-item route calls the same use case: its live view and the manager's notice follow.
        await addAgendaItem(data, sessionId, user.aadObjectId, submission, deps);
        return reminderCardModel(data, await sessionNow(data, sessionId), timing, locale, deps.links);
      });
    },

    async listMy1on1s(user) {
      const reader = await knownReader(user);
      if (reader === null) return null;
      return my1on1sModel(reader.data, user.aadObjectId, reader.locale, deps.links, deps.now());
    },

    async my1on1sInSharedChat(user, conversationId, requestId) {
      const reader = await knownReader(user);
      if (reader === null) return { kind: 'unknown' };
      const { data, locale } = reader;
      const linked = new Set(await data.meetingLinks.pairIdsForChat(conversationId));
      const chatPairs = (await data.pairs.listEstablishedForUser(user.aadObjectId)).filter((pair) =>
        linked.has(pair.id),
      );
      const [chatPair] = chatPairs;
      if (chatPairs.length === 1 && chatPair !== undefined) {
        const model = await my1on1sModel(data, user.aadObjectId, locale, deps.links, deps.now());
        return {
          kind: 'pair',
          model: { ...model, entries: model.entries.filter((entry) => entry.pairId === chatPair.id) },
        };
      }
      if ((await data.conversations.findPersonal(user.aadObjectId)) === null) {
        return { kind: 'personal_chat_needed', locale };
      }
      await data.jobs.enqueue({
        kind: PRIVATE_MY_1ON1S_CARD,
        idempotencyKey: `card:my1on1s:${user.aadObjectId}:${requestId}`,
        payload: { userId: user.aadObjectId, locale: user.locale },
        runAt: deps.now(),
        maxAttempts: 5,
      });
      deps.wakeJobs();
      return { kind: 'sent_privately', locale };
    },

    homeUrl: () => deps.links.home(),
  };
}

/** The session and pair as they are after a change made from a card. */
async function sessionNow(data: TenantData, sessionId: string): Promise<SessionAndPair> {
  const found = await loadSessionAndPair(data, sessionId);
  if (found === null) throw notFound('session');
  return found;
}
