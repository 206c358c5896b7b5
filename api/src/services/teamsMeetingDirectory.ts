import { type BotEndpoint, type ConversationReferenceData, factsFromMeetingInfo } from '@taiwa/bot';
import type { Db } from '../data/database.js';
import { forTenant } from '../data/tenantData.js';
import type { MeetingDirectoryPort } from '../domain/transcriptSource.js';

/**
 * Teams' meeting details API, reached through the bot: on the meeting chat's own serviceUrl when
 * the bot is in that chat, else on any serviceUrl the tenant's Teams gave the bot (it is the
 * tenant's connector endpoint, not the chat's). Needs the RSC permission OnlineMeeting.ReadBasic.Chat.
 */
export function createTeamsMeetingDirectory(deps: {
  db: Db;
  bot: Pick<BotEndpoint, 'meetingInfo'>;
}): MeetingDirectoryPort {
  return {
    async details(tenantId, chatId, teamsMeetingId) {
      const conversation = await forTenant(deps.db, tenantId).conversations.findOrAny(chatId);
      if (conversation === null) return null;
      const info = await deps.bot.meetingInfo(
        conversation.reference as ConversationReferenceData,
        teamsMeetingId,
      );
      const facts = factsFromMeetingInfo(info, teamsMeetingId);
      return {
        joinUrl: facts.joinUrl,
        onlineMeetingId: facts.onlineMeetingId,
        organizerId: facts.organizerId,
      };
    },
  };
}
