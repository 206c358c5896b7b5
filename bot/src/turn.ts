import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type IncomingActivity,
  type OutgoingActivity,
  referenceFrom,
} from './activity.js';
import { parseRatingInputs, parseReminderInputs } from './cardInputs.js';
import type { AdaptiveCard } from './cards/adaptive.js';
import { helpCard } from './cards/help.js';
import { my1on1sCard } from './cards/my1on1s.js';
import { ratingCard } from './cards/rating.js';
import { reminderCard } from './cards/reminder.js';
import { botText } from './cards/text.js';
import { verbs } from './cards/verbs.js';
import { type ChannelTrust, trustedTenantOf } from './channelIdentity.js';
import { cardLocale, type Locale } from './locale.js';
import {
  factsFromMeetingEvent,
  factsFromMeetingInfo,
  type MeetingFacts,
  mergeFacts,
  type TeamsMeetingInfo,
} from './meetingFacts.js';
import type { BotUser, CardOutcome, ConversationScope, ReminderTiming, TaiwaBotPort } from './port.js';

export const MEETING_START_EVENT = 'application/vnd.microsoft.meetingStart';
export const MEETING_END_EVENT = 'application/vnd.microsoft.meetingEnd';
export const ADAPTIVE_CARD_ACTION_INVOKE = 'adaptiveCard/action';

/** What the transport must do for one incoming activity. */
export interface TurnOutcome {
  replies: OutgoingActivity[];
  /** For invokes: the body Teams shows (a card replaces the one acted on). */
  invokeResponse?: { status: number; body: unknown };
  /** For Action.Submit fallbacks: the card message to update in place. */
  update?: { activityId: string; activity: OutgoingActivity };
}

export function textMessage(text: string): OutgoingActivity {
  return { type: 'message', text };
}

export function cardMessage(card: AdaptiveCard): OutgoingActivity {
  return {
    type: 'message',
    summary: card.fallbackText,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
  };
}

const nothing = (): TurnOutcome => ({ replies: [] });

/** What the transport can do for a turn besides replying (the adapter knows how). */
export interface TurnHost {
  /** The meeting details API (TeamsInfo.getMeetingInfo) for this conversation's meeting. */
  meetingInfo?(teamsMeetingId: string): Promise<TeamsMeetingInfo>;
}

/**
 * Routes one activity to Taiwa. Nothing here knows botbuilder: the adapter hands in the activity
 * as the channel sent it and carries out the outcome.
 */
export async function handleTurn(
  activity: IncomingActivity,
  port: TaiwaBotPort,
  trust: ChannelTrust,
  host: TurnHost = {},
): Promise<TurnOutcome> {
  const tenantId = trustedTenantOf(activity, trust);
  if (tenantId === null) return openInTeams(activity);
  switch (activity.type) {
    case 'installationUpdate':
      return onInstallationUpdate(activity, tenantId, port);
    case 'conversationUpdate':
      return onConversationUpdate(activity, tenantId, port);
    case 'event':
      return onEvent(activity, tenantId, port, host);
    case 'invoke':
      return activity.name === ADAPTIVE_CARD_ACTION_INVOKE
        ? onCardAction(activity, tenantId, port)
        : nothing();
    case 'message':
      return onMessage(activity, tenantId, port);
    default:
      return nothing();
  }
}

/**
 * Anything but Teams speaking to this bot from an allowed tenant: a short pointer to Teams for
 * someone typing, and nothing else — no user lookup, no stored reference, no data.
 */
function openInTeams(activity: IncomingActivity): TurnOutcome {
  const text = botText[cardLocale(activity.locale)].notices.openInTeams;
  if (activity.type === 'message') return { replies: [textMessage(text)] };
  if (activity.type === 'invoke' && activity.name === ADAPTIVE_CARD_ACTION_INVOKE) {
    return {
      replies: [],
      invokeResponse: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
      },
    };
  }
  return nothing();
}

function scopeOf(activity: IncomingActivity): ConversationScope {
  const type = activity.conversation.conversationType;
  if (type === 'personal' || type === 'channel') return type;
  if (type === 'groupChat') return 'groupChat';
  return activity.conversation.isGroup === true ? 'groupChat' : 'personal';
}

async function remember(activity: IncomingActivity, tenantId: string, port: TaiwaBotPort): Promise<void> {
  const scope = scopeOf(activity);
  const personal = scope === 'personal';
  await port.saveConversationReference({
    tenantId,
    conversationId: activity.conversation.id,
    scope,
    userAadObjectId: personal ? (activity.from.aadObjectId ?? null) : null,
    userTeamsId: personal ? activity.from.id : null,
    locale: activity.locale ?? null,
    reference: referenceFrom(activity),
  });
}

function userOf(activity: IncomingActivity, tenantId: string): BotUser | null {
  if (activity.from.aadObjectId === undefined) return null;
  return {
    tenantId,
    aadObjectId: activity.from.aadObjectId,
    teamsUserId: activity.from.id,
    locale: activity.locale ?? null,
  };
}

async function welcome(
  activity: IncomingActivity,
  tenantId: string,
  port: TaiwaBotPort,
): Promise<TurnOutcome> {
  const user = userOf(activity, tenantId);
  const known = user !== null && (await port.listMy1on1s(user)) !== null;
  return {
    replies: [cardMessage(helpCard({ locale: cardLocale(activity.locale), tabUrl: port.homeUrl(), known }))],
  };
}

async function onInstallationUpdate(activity: IncomingActivity, tenantId: string, port: TaiwaBotPort) {
  if (activity.action?.startsWith('remove') === true) {
    await port.removeConversationReference(tenantId, activity.conversation.id);
    return nothing();
  }
  await remember(activity, tenantId, port);
  // Upgrades re-install silently; only a first install in the personal chat says hello.
  return activity.action === 'add' && scopeOf(activity) === 'personal'
    ? welcome(activity, tenantId, port)
    : nothing();
}

async function onConversationUpdate(activity: IncomingActivity, tenantId: string, port: TaiwaBotPort) {
  const botId = activity.recipient.id;
  if (activity.membersRemoved?.some((member) => member.id === botId) === true) {
    await port.removeConversationReference(tenantId, activity.conversation.id);
    return nothing();
  }
  await remember(activity, tenantId, port);
  return nothing();
}

function eventTime(activity: IncomingActivity, key: 'StartTime' | 'EndTime'): Date {
  const value = activity.value;
  const raw =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  for (const candidate of [raw, activity.timestamp]) {
    if (typeof candidate !== 'string') continue;
    const at = new Date(candidate);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}

/**
 * The meeting's join URL and ids, from the event and, where the transport can ask, the meeting
 * details API (which adds Graph's onlineMeeting id and the organizer). A failed lookup leaves what
 * the event said: the transcript job asks again later.
 */
async function meetingFacts(activity: IncomingActivity, host: TurnHost): Promise<MeetingFacts> {
  const fromEvent = factsFromMeetingEvent(activity);
  if (host.meetingInfo === undefined || fromEvent.teamsMeetingId === null) return fromEvent;
  try {
    const info = await host.meetingInfo(fromEvent.teamsMeetingId);
    return mergeFacts(factsFromMeetingInfo(info, fromEvent.teamsMeetingId), fromEvent);
  } catch {
    return fromEvent;
  }
}

async function onEvent(activity: IncomingActivity, tenantId: string, port: TaiwaBotPort, host: TurnHost) {
  const started = activity.name === MEETING_START_EVENT;
  if (started || activity.name === MEETING_END_EVENT) {
    await remember(activity, tenantId, port);
    const conversationId = activity.conversation.id;
    const at = eventTime(activity, started ? 'StartTime' : 'EndTime');
    const facts = await meetingFacts(activity, host);
    if (started) await port.sessionStartedFromMeeting(tenantId, conversationId, at, facts);
    else await port.sessionEndedFromMeeting(tenantId, conversationId, at, facts);
  }
  return nothing();
}

interface CardAction {
  verb: string;
  inputs: Record<string, unknown>;
}

function actionFromInvoke(value: unknown): CardAction | null {
  if (typeof value !== 'object' || value === null) return null;
  const action = (value as { action?: unknown }).action;
  if (typeof action !== 'object' || action === null) return null;
  const { verb, data } = action as { verb?: unknown; data?: unknown };
  if (typeof verb !== 'string') return null;
  return { verb, inputs: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {} };
}

function actionFromSubmit(value: unknown): CardAction | null {
  if (typeof value !== 'object' || value === null) return null;
  const inputs = value as Record<string, unknown>;
  return typeof inputs.verb === 'string' ? { verb: inputs.verb, inputs } : null;
}

type ActionResult = { card: AdaptiveCard } | { message: string; error: boolean };

/** Where "my 1on1s" was asked when others can read the answer: a group, meeting or channel chat. */
interface SharedConversation {
  conversationId: string;
  requestId: string;
}

function sharedConversation(activity: IncomingActivity): SharedConversation | null {
  if (scopeOf(activity) === 'personal') return null;
  return { conversationId: activity.conversation.id, requestId: activity.id ?? activity.conversation.id };
}

/**
 * A shared chat never sees the asker's other pairs: it gets the list of the pair the chat belongs
 * to, or a note that the list went to the asker's personal chat.
 */
async function my1on1sInShared(
  user: BotUser,
  shared: SharedConversation,
  port: TaiwaBotPort,
): Promise<ActionResult> {
  const answer = await port.my1on1sInSharedChat(user, shared.conversationId, shared.requestId);
  switch (answer.kind) {
    case 'pair':
      return { card: my1on1sCard(answer.model) };
    case 'sent_privately':
      return { message: botText[answer.locale].notices.sentPrivately, error: false };
    case 'personal_chat_needed':
      return { message: botText[answer.locale].notices.personalChatNeeded, error: false };
    case 'unknown':
      return { card: helpCard({ locale: cardLocale(user.locale), tabUrl: port.homeUrl(), known: false }) };
  }
}

async function runAction(
  action: CardAction,
  user: BotUser,
  port: TaiwaBotPort,
  shared: SharedConversation | null,
): Promise<ActionResult> {
  const locale = cardLocale(user.locale);
  const sessionId = typeof action.inputs.sessionId === 'string' ? action.inputs.sessionId : null;
  const timing: ReminderTiming = action.inputs.timing === 'soon' ? 'soon' : 'dayBefore';
  const invalid = (field: string): ActionResult => ({
    message: botText[locale].errors.invalid(field),
    error: true,
  });

  if (action.verb === verbs.my1on1s) {
    if (shared !== null) return my1on1sInShared(user, shared, port);
    const model = await port.listMy1on1s(user);
    return model === null
      ? { card: helpCard({ locale, tabUrl: port.homeUrl(), known: false }) }
      : { card: my1on1sCard(model) };
  }
  if (sessionId === null) return invalid('sessionId');
  switch (action.verb) {
    case verbs.ratingRefresh:
      return fromOutcome(await port.ratingCard(user, sessionId), (model) => ratingCard(model));
    case verbs.ratingEdit:
      return fromOutcome(await port.ratingCard(user, sessionId), (model) =>
        ratingCard(model, { edit: true }),
      );
    case verbs.ratingSubmit: {
      const parsed = parseRatingInputs(action.inputs);
      if (!parsed.ok) return invalid(parsed.field);
      return fromOutcome(await port.submitRating(user, sessionId, parsed.value), (model) =>
        ratingCard(model),
      );
    }
    case verbs.reminderRefresh:
      return fromOutcome(await port.reminderCard(user, sessionId, timing), (model) => reminderCard(model));
    case verbs.reminderAdd: {
      const parsed = parseReminderInputs(action.inputs);
      if (!parsed.ok) return invalid(parsed.field);
      return fromOutcome(await port.submitReminderAgenda(user, sessionId, timing, parsed.value), (model) =>
        reminderCard(model, { justAdded: true }),
      );
    }
    default:
      return invalid('verb');
  }
}

function fromOutcome<M>(outcome: CardOutcome<M>, render: (model: M) => AdaptiveCard): ActionResult {
  switch (outcome.status) {
    case 'ok':
      return { card: render(outcome.model) };
    case 'not_found':
      return { message: botText[outcome.locale].errors.notFound, error: false };
    case 'invalid':
      return {
        message: `${botText[outcome.locale].errors.invalid(outcome.field)} ${outcome.message}`,
        error: true,
      };
  }
}

/** Universal Actions answer with the card to show instead, or a message; HTTP status stays 200. */
function invokeBody(result: ActionResult): unknown {
  if ('card' in result) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card };
  if (result.error) {
    return {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: result.message },
    };
  }
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.message };
}

async function onCardAction(
  activity: IncomingActivity,
  tenantId: string,
  port: TaiwaBotPort,
): Promise<TurnOutcome> {
  const action = actionFromInvoke(activity.value);
  const user = userOf(activity, tenantId);
  if (action === null || user === null) {
    const locale: Locale = cardLocale(activity.locale);
    return {
      replies: [],
      invokeResponse: {
        status: 200,
        body: invokeBody({ message: botText[locale].errors.invalid('action'), error: true }),
      },
    };
  }
  return {
    replies: [],
    invokeResponse: {
      status: 200,
      body: invokeBody(await runAction(action, user, port, sharedConversation(activity))),
    },
  };
}

const HELP_WORDS = new Set(['help', 'ヘルプ', '使い方', '?', '？']);
const MINE_WORDS = new Set(['my 1on1s', 'my1on1s', '1on1s', '予定', '一覧', '自分の1on1', '私の1on1']);

function normalise(text: string): string {
  // Mentions in group chats arrive as <at>Taiwa</at> inside the text.
  return text
    .replace(/<at>[^<]*<\/at>/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

async function onMessage(
  activity: IncomingActivity,
  tenantId: string,
  port: TaiwaBotPort,
): Promise<TurnOutcome> {
  await remember(activity, tenantId, port);
  const user = userOf(activity, tenantId);
  const submitted = actionFromSubmit(activity.value);
  if (submitted !== null && user !== null) {
    const result = await runAction(submitted, user, port, sharedConversation(activity));
    if ('card' in result && activity.replyToId !== undefined) {
      return { replies: [], update: { activityId: activity.replyToId, activity: cardMessage(result.card) } };
    }
    return {
      replies: ['card' in result ? cardMessage(result.card) : textMessage(result.message)],
    };
  }
  const words = normalise(activity.text ?? '');
  const shared = sharedConversation(activity);
  if (MINE_WORDS.has(words) && user !== null && shared !== null) {
    const result = await my1on1sInShared(user, shared, port);
    return { replies: ['card' in result ? cardMessage(result.card) : textMessage(result.message)] };
  }
  if (MINE_WORDS.has(words) && user !== null) {
    const model = await port.listMy1on1s(user);
    if (model !== null) return { replies: [cardMessage(my1on1sCard(model))] };
  }
  if (HELP_WORDS.has(words) || words !== '' || user === null) return welcome(activity, tenantId, port);
  return nothing();
}
