import type { ConversationReferenceData } from './activity.js';
import type { Fit, My1on1sModel, RatingCardModel, ReminderCardModel } from './cards/models.js';
import type { Locale } from './locale.js';
import type { MeetingFacts } from './meetingFacts.js';

/** The person acting in a turn, as Teams names them. */
export interface BotUser {
  tenantId: string;
  /** Entra object id: Taiwa's user id. */
  aadObjectId: string;
  /** Teams' own id for the user (29:…), which card refresh lists name. */
  teamsUserId: string;
  /** The locale of the client they are using right now, if it said. */
  locale: string | null;
}

export type ConversationScope = 'personal' | 'groupChat' | 'channel';

export interface ConversationRecord {
  tenantId: string;
  conversationId: string;
  scope: ConversationScope;
  /** Set for personal chats: whose chat with the bot this is. */
  userAadObjectId: string | null;
  userTeamsId: string | null;
  locale: string | null;
  reference: ConversationReferenceData;
}

export interface RatingSubmission {
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: Array<{ agendaItemId: string; fit: Fit }>;
}

export interface ReminderItemSubmission {
  themeId: string;
  themeText: string | null;
  expectedResponseId: string;
  detail: string | null;
}

export type CardOutcome<M> =
  | { status: 'ok'; model: M }
  | { status: 'not_found'; locale: Locale }
  | { status: 'invalid'; locale: Locale; field: string; message: string };

export type ReminderTiming = ReminderCardModel['timing'];

/**
 * "my 1on1s" asked in a chat others can read (a meeting or group chat): the list of the pair this
 * chat belongs to, or nothing here — the person's own list goes to their personal chat instead.
 */
export type SharedChatAnswer =
  /** The chat is this pair's meeting chat, and the asker is in the pair: that pair only. */
  | { kind: 'pair'; model: My1on1sModel }
  /** Queued for the asker's personal chat with Taiwa. */
  | { kind: 'sent_privately'; locale: Locale }
  /** The asker has no personal chat with Taiwa to send it to. */
  | { kind: 'personal_chat_needed'; locale: Locale }
  /** Taiwa does not know this person. */
  | { kind: 'unknown' };

/**
 * Everything the bot needs from Taiwa, implemented by the api. The bot never reaches the database
 * or the product rules itself; it translates activities into these calls and models into cards.
 */
export interface TaiwaBotPort {
  saveConversationReference(record: ConversationRecord): Promise<void>;
  removeConversationReference(tenantId: string, conversationId: string): Promise<void>;
  /**
   * The meeting chat's 1on1 goes live; false when no 1on1 uses this chat. `meeting` is what the
   * event (and the meeting details API) said about the meeting: its join URL, ids and organizer.
   */
  sessionStartedFromMeeting(
    tenantId: string,
    chatId: string,
    at: Date,
    meeting?: MeetingFacts,
  ): Promise<boolean>;
  /** The meeting chat's 1on1 ends (carry-over, rating and wrap-up follow); false when none matched. */
  sessionEndedFromMeeting(
    tenantId: string,
    chatId: string,
    at: Date,
    meeting?: MeetingFacts,
  ): Promise<boolean>;
  ratingCard(user: BotUser, sessionId: string): Promise<CardOutcome<RatingCardModel>>;
  submitRating(
    user: BotUser,
    sessionId: string,
    submission: RatingSubmission,
  ): Promise<CardOutcome<RatingCardModel>>;
  reminderCard(
    user: BotUser,
    sessionId: string,
    timing: ReminderTiming,
  ): Promise<CardOutcome<ReminderCardModel>>;
  submitReminderAgenda(
    user: BotUser,
    sessionId: string,
    timing: ReminderTiming,
    item: ReminderItemSubmission,
  ): Promise<CardOutcome<ReminderCardModel>>;
  /** Null when Taiwa does not know this person yet. Only for the person's own (personal) chat. */
  listMy1on1s(user: BotUser): Promise<My1on1sModel | null>;
  /**
   * "my 1on1s" in a shared conversation (`requestId`: the activity's id, so a redelivered message
   * is sent privately once).
   */
  my1on1sInSharedChat(user: BotUser, conversationId: string, requestId: string): Promise<SharedChatAnswer>;
  /** Where the tab opens, for cards that are not about one 1on1. */
  homeUrl(): string;
}
