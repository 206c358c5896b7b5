import type { ConversationReferenceData } from './activity.js';
import type { Fit, My1on1sModel, RatingCardModel, ReminderCardModel } from './cards/models.js';
import type { Locale } from './locale.js';

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
 * Everything the bot needs from Taiwa, implemented by the api. The bot never reaches the database
 * or the product rules itself; it translates activities into these calls and models into cards.
 */
export interface TaiwaBotPort {
  saveConversationReference(record: ConversationRecord): Promise<void>;
  removeConversationReference(tenantId: string, conversationId: string): Promise<void>;
  /** The meeting chat's 1on1 goes live; false when no 1on1 uses this chat. */
  sessionStartedFromMeeting(tenantId: string, chatId: string, at: Date): Promise<boolean>;
  /** The meeting chat's 1on1 ends (carry-over, rating and wrap-up follow); false when none matched. */
  sessionEndedFromMeeting(tenantId: string, chatId: string, at: Date): Promise<boolean>;
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
  /** Null when Taiwa does not know this person yet. */
  listMy1on1s(user: BotUser): Promise<My1on1sModel | null>;
  /** Where the tab opens, for cards that are not about one 1on1. */
  homeUrl(): string;
}
