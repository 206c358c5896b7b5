import { randomUUID } from 'node:crypto';
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
import {
  assertRoomForItem,
  assertSessionOpen,
  nextPosition,
  validateAgendaContent,
} from '../domain/agenda.js';
import { DomainError, notFound } from '../domain/errors.js';
import { goesLive } from '../domain/meetingWindow.js';
import { assertPairOpen } from '../domain/pair.js';
import { PRIVATE_MY_1ON1S_CARD } from '../jobs/kinds/privateMy1on1sCard.js';
import type { SessionChangeNotifier } from '../realtime/notifier.js';
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
import { changeSession } from './sessionChanges.js';
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
      const { role } = await loadParticipantSession(data, sessionId, user.aadObjectId);
      if (role !== 'member') return null;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
    return loadSessionAndPair(data, sessionId);
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
      const session = await data.sessions.findForMeeting(chatId, at);
      if (session === null) return false;
      await rememberMeeting(data, session.id, meeting);
      if (goesLive(session, 'meeting_started', at)) await deps.lifecycle.start(data, session.id, at);
      return true;
    },

    async sessionEndedFromMeeting(tenantId, chatId, at, meeting = NO_MEETING_FACTS) {
      if (!allowed(tenantId)) return false;
      const data = dataFor(tenantId);
      const session = await data.sessions.findForMeeting(chatId, at);
      if (session === null) return false;
      // Before the end: ending starts the transcript watch, which needs to know the meeting.
      await rememberMeeting(data, session.id, meeting);
      const ended = await deps.lifecycle.end(data, session.id, at);
      if (ended !== null) deps.wakeJobs();
      return true;
    },

    ratingCard(user, sessionId) {
      const data = dataFor(user.tenantId);
      const locale = cardLocale(user.locale);
      return attempt(locale, async () => {
        const found = await memberSession(data, user, sessionId);
        return found === null ? null : ratingCardModel(data, found, locale, deps.links, deps.now());
      });
    },

    submitRating(user, sessionId, submission) {
      const data = dataFor(user.tenantId);
      const locale = cardLocale(user.locale);
      return attempt(locale, async () => {
        const asMember = await memberSession(data, user, sessionId);
        if (asMember === null) return null;
        assertPairOpen(asMember.pair);
        await submitRating(data, user.aadObjectId, sessionId, submission, deps.now());
        const found = await loadSessionAndPair(data, sessionId);
        return found === null ? null : ratingCardModel(data, found, locale, deps.links, deps.now());
      });
    },

    reminderCard(user, sessionId, timing) {
      const data = dataFor(user.tenantId);
      const locale = cardLocale(user.locale);
      return attempt(locale, async () => {
        const found = await memberSession(data, user, sessionId);
        return found === null ? null : reminderCardModel(data, found, timing, locale, deps.links);
      });
    },

    submitReminderAgenda(user, sessionId, timing, submission) {
      const data = dataFor(user.tenantId);
      const locale = cardLocale(user.locale);
      return attempt(locale, async () => {
        const asMember = await memberSession(data, user, sessionId);
        if (asMember === null) return null;
        assertPairOpen(asMember.pair);
        // The same steps as adding an item in the tab, so the tab's live view and the manager's notice follow.
        await changeSession(data, deps.notifier, sessionId, async (trx, record) => {
          const { session, role } = await loadParticipantSession(trx, sessionId, user.aadObjectId);
          assertSessionOpen(session.status);
          const [items, catalog] = await Promise.all([
            trx.agenda.listForSession(session.id),
            trx.catalog.load(),
          ]);
          assertRoomForItem(items);
          const content = validateAgendaContent({ ...submission }, catalog);
          const item = await trx.agenda.create({
            id: randomUUID(),
            sessionId: session.id,
            authorId: user.aadObjectId,
            authorRole: role,
            position: nextPosition(items, role),
            content,
          });
          await record('agenda.changed', { itemId: item.id, change: 'added' });
          await deps.preparation.memberPrepared(trx, session, item);
        });
        const found = await loadSessionAndPair(data, sessionId);
        if (found === null) throw notFound('session');
        return reminderCardModel(data, found, timing, locale, deps.links);
      });
    },

    async listMy1on1s(user) {
      if (!allowed(user.tenantId)) return null;
      const data = dataFor(user.tenantId);
      const known = await data.users.findById(user.aadObjectId);
      if (known === null) return null;
      const locale = cardLocale(user.locale ?? known.locale);
      return my1on1sModel(data, user.aadObjectId, locale, deps.links, deps.now());
    },

    async my1on1sInSharedChat(user, conversationId, requestId) {
      if (!allowed(user.tenantId)) return { kind: 'unknown' };
      const data = dataFor(user.tenantId);
      const known = await data.users.findById(user.aadObjectId);
      if (known === null) return { kind: 'unknown' };
      const locale = cardLocale(user.locale ?? known.locale);
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

/** What the meeting told about itself, kept on the 1on1 held in it (for its transcript). */
async function rememberMeeting(data: TenantData, sessionId: string, meeting: MeetingFacts): Promise<void> {
  await data.meetingLinks.recordMeeting(sessionId, meeting);
}
