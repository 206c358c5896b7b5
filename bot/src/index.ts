/** Where Bot Framework channels post activities; the api mounts the bot here. */
export const BOT_MESSAGES_PATH = '/api/messages';

export type { ConversationReferenceData, IncomingActivity, OutgoingActivity } from './activity.js';
export { ADAPTIVE_CARD_CONTENT_TYPE } from './activity.js';
export type { BotCredentials, BotEndpoint, BotHttpResult, BotLogger } from './adapter.js';
export { ChannelSendError, createBotEndpoint, parseRetryAfter } from './adapter.js';
export type { AdaptiveCard } from './cards/adaptive.js';
export { CARD_SIZE_LIMIT_BYTES, cardByteSize } from './cards/adaptive.js';
export { calendarWatchStoppedCard } from './cards/calendarWatchStopped.js';
export { followUpCard } from './cards/followUp.js';
export { helpCard } from './cards/help.js';
export { managerNoticeCard } from './cards/managerNotice.js';
export type * from './cards/models.js';
export { my1on1sCard } from './cards/my1on1s.js';
export { ratingCard } from './cards/rating.js';
export { reminderCard } from './cards/reminder.js';
export { verbs } from './cards/verbs.js';
export { wrapUpCard } from './cards/wrapUp.js';
export type { ChannelTrust } from './channelIdentity.js';
export { TEAMS_CHANNEL_ID, trustedTenantOf } from './channelIdentity.js';
export type { Label, Locale } from './locale.js';
export { cardLocale } from './locale.js';
export type { MeetingFacts, TeamsMeetingInfo } from './meetingFacts.js';
export { factsFromMeetingInfo, NO_MEETING_FACTS, readJoinUrl } from './meetingFacts.js';
export type * from './port.js';
export type { TurnHost } from './turn.js';
export { cardMessage, handleTurn, MEETING_END_EVENT, MEETING_START_EVENT, textMessage } from './turn.js';
