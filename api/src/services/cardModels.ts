import type {
  AgendaLine,
  Locale,
  ManagerNoticeModel,
  My1on1sModel,
  RatingCardModel,
  ReminderCardModel,
  WrapUpModel,
} from '@taiwa/bot';
import { cardLocale } from '@taiwa/bot';
import type { SessionRecord } from '../data/repositories/sessions.js';
import type { TenantData } from '../data/tenantData.js';
import { type AgendaItem, agendaThemeLabel, orderAgenda } from '../domain/agenda.js';
import { type Catalog, catalogLabel } from '../domain/catalog.js';
import type { Pair } from '../domain/pair.js';
import { preparedItemCount } from '../domain/preparation.js';
import { editableUntil, isEditable, rateableItems } from '../domain/rating.js';
import { nextAndLast } from '../domain/session.js';
import { listOpenActionItems } from './actionItems.js';
import type { TabLinks } from './tabLinks.js';

/**
 * Turns tenant data into the plain models the bot's cards render. Shared by the bot port (cards
 * shown in answer to an action) and the card jobs (cards sent proactively).
 */

/** The reader's language: what their client says now, else their profile, else their chat's. */
export async function localeFor(
  data: TenantData,
  userId: string,
  hint: string | null = null,
): Promise<Locale> {
  if (hint !== null) return cardLocale(hint);
  const user = await data.users.findById(userId);
  if (user?.locale != null) return cardLocale(user.locale);
  const chat = await data.conversations.findPersonal(userId);
  return cardLocale(chat?.locale);
}

export async function teamsUserIdsOf(data: TenantData, userId: string): Promise<string[]> {
  const chat = await data.conversations.findPersonal(userId);
  return chat?.teamsUserId == null ? [] : [chat.teamsUserId];
}

export function agendaLines(items: readonly AgendaItem[], catalog: Catalog): AgendaLine[] {
  return orderAgenda(items).map((item) => {
    const expected = item.expectedResponseId;
    const entry = expected === null ? undefined : catalog.expectedResponses.find((e) => e.id === expected);
    return {
      agendaItemId: item.id,
      theme: agendaThemeLabel(item, catalog),
      expectedResponse: expected === null ? null : catalogLabel(catalog, 'expectedResponses', expected),
      guidance: entry?.description ?? null,
      detail: item.detail,
    };
  });
}

export interface SessionAndPair {
  session: SessionRecord;
  pair: Pair;
}

export async function loadSessionAndPair(
  data: TenantData,
  sessionId: string,
): Promise<SessionAndPair | null> {
  const session = await data.sessions.findById(sessionId);
  if (session === null) return null;
  const pair = await data.pairs.findById(session.pairId);
  return pair === null ? null : { session, pair };
}

/**
 * The session and pair a card is about, when the pair still meets: a pair that has ended (or that
 * its member never confirmed) gets no more cards, even ones queued before it ended.
 */
export async function loadDeliverableSessionAndPair(
  data: TenantData,
  sessionId: string,
): Promise<SessionAndPair | null> {
  const found = await loadSessionAndPair(data, sessionId);
  return found !== null && found.pair.status === 'established' ? found : null;
}

/** What every card about one 1on1 starts with: the reader's language, the 1on1, and its page in the tab. */
export function aboutSession(session: SessionRecord, locale: Locale, links: TabLinks) {
  return {
    locale,
    sessionId: session.id,
    scheduledStart: session.scheduledStart.toISOString(),
    tabUrl: links.session(session.id),
  };
}

export async function ratingCardModel(
  data: TenantData,
  { session, pair }: SessionAndPair,
  locale: Locale,
  links: TabLinks,
  now: Date,
): Promise<RatingCardModel> {
  const [items, catalog, rating, refreshUserIds] = await Promise.all([
    data.agenda.listForSession(session.id),
    data.catalog.load(),
    data.ratings.find(session.id),
    teamsUserIdsOf(data, pair.member.id),
  ]);
  return {
    ...aboutSession(session, locale, links),
    managerName: pair.manager.displayName,
    items: agendaLines(rateableItems(items), catalog),
    rating:
      rating === null
        ? null
        : {
            clarity: rating.clarity,
            impressions: rating.impressions,
            shareImpressions: rating.shareImpressions,
            fits: Object.fromEntries(rating.fits.map((fit) => [fit.agendaItemId, fit.fit])),
            editableUntil: editableUntil(rating).toISOString(),
            editable: isEditable(rating, now),
          },
    refreshUserIds,
  };
}

export async function reminderCardModel(
  data: TenantData,
  { session, pair }: SessionAndPair,
  timing: ReminderCardModel['timing'],
  locale: Locale,
  links: TabLinks,
  now: Date = new Date(),
): Promise<ReminderCardModel> {
  const [items, catalog, refreshUserIds, actionItems] = await Promise.all([
    data.agenda.listForSession(session.id),
    data.catalog.load(),
    teamsUserIdsOf(data, pair.member.id),
    listOpenActionItems(data, pair.id, now),
  ]);
  const active = (entries: Catalog['themes']) =>
    entries.filter((entry) => !entry.retired).map((entry) => ({ id: entry.id, label: entry.label }));
  return {
    ...aboutSession(session, locale, links),
    timing,
    managerName: pair.manager.displayName,
    themes: active(catalog.themes),
    expectedResponses: active(catalog.expectedResponses),
    agenda: agendaLines(
      items.filter((item) => item.authorRole === 'member'),
      catalog,
    ),
    open: session.status === 'planned',
    // Open ones carry over until done: the member is reminded of them before every 1on1.
    actionItems: actionItems.map((item) => ({
      text: item.text,
      owner: item.ownerRole,
      dueDate: item.dueDate,
      overdue: item.overdue,
    })),
    refreshUserIds,
  };
}

export async function managerNoticeModel(
  data: TenantData,
  { session, pair }: SessionAndPair,
  locale: Locale,
  links: TabLinks,
): Promise<ManagerNoticeModel> {
  const [items, catalog] = await Promise.all([data.agenda.listForSession(session.id), data.catalog.load()]);
  return {
    ...aboutSession(session, locale, links),
    memberName: pair.member.displayName,
    items: agendaLines(
      items.filter((item) => item.authorRole === 'member'),
      catalog,
    ),
  };
}

/** The pair's next 1on1 after this one, booked directly or simply scheduled later. */
export async function nextSessionAfter(
  data: TenantData,
  session: SessionRecord,
): Promise<SessionRecord | null> {
  if (session.nextSessionId !== null) {
    const next = await data.sessions.findById(session.nextSessionId);
    if (next !== null && next.status !== 'ended') return next;
  }
  return data.sessions.findNextPlanned(session.pairId, session.scheduledStart);
}

export async function wrapUpModel(
  data: TenantData,
  { session, pair }: SessionAndPair,
  locale: Locale,
  links: TabLinks,
): Promise<WrapUpModel> {
  const [items, catalog, nextTopics, next] = await Promise.all([
    data.agenda.listForSession(session.id),
    data.catalog.load(),
    data.memos.findNextTopics(session.id),
    nextSessionAfter(data, session),
  ]);
  return {
    ...aboutSession(session, locale, links),
    memberName: pair.member.displayName,
    items: orderAgenda(items).map((item) => ({
      theme: agendaThemeLabel(item, catalog),
      status: item.status,
    })),
    nextTopics: nextTopics?.body.trim() || null,
    nextSessionStart: next?.scheduledStart.toISOString() ?? null,
  };
}

export async function my1on1sModel(
  data: TenantData,
  userId: string,
  locale: Locale,
  links: TabLinks,
  now: Date,
): Promise<My1on1sModel> {
  const pairs = await data.pairs.listEstablishedForUser(userId);
  const sessions = await data.sessions.listForPairs(pairs.map((pair) => pair.id));
  const entries = await Promise.all(
    pairs.map(async (pair) => {
      const { next, last } = nextAndLast(
        sessions.filter((session) => session.pairId === pair.id),
        now,
      );
      const myRole = pair.manager.id === userId ? ('manager' as const) : ('member' as const);
      const partner = myRole === 'manager' ? pair.member : pair.manager;
      const prepared = next === null ? 0 : preparedItemCount(await data.agenda.listForSession(next.id));
      return {
        pairId: pair.id,
        partnerName: partner.displayName,
        myRole,
        next:
          next === null || next.status === 'ended'
            ? null
            : {
                sessionId: next.id,
                scheduledStart: next.scheduledStart.toISOString(),
                status: next.status,
                preparedItems: prepared,
              },
        lastStart: last?.scheduledStart.toISOString() ?? null,
      };
    }),
  );
  return { locale, tabUrl: links.home(), entries };
}
