import { randomUUID } from 'node:crypto';

/**
 * Activities shaped the way Teams posts them to a bot (channelId msteams, tenant in conversation
 * and channelData, Entra object id on `from`), for tests that POST them to /api/messages.
 */
export const BOT_ID = '28:taiwa-bot';

export interface TeamsUser {
  aadObjectId: string;
  name: string;
}

export const teamsUserId = (user: TeamsUser) => `29:${user.aadObjectId}`;
export const personalChatId = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;

function base(options: {
  serviceUrl: string;
  tenantId: string;
  from: TeamsUser | null;
  conversation: Record<string, unknown>;
  locale?: string;
}) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'ja-JP',
    from:
      options.from === null
        ? { id: '29:system' }
        : { id: teamsUserId(options.from), name: options.from.name, aadObjectId: options.from.aadObjectId },
    recipient: { id: BOT_ID, name: 'Taiwa' },
    conversation: { tenantId: options.tenantId, ...options.conversation },
    channelData: { tenant: { id: options.tenantId } },
  };
}

export function personalInstall(
  serviceUrl: string,
  tenantId: string,
  user: TeamsUser,
  action: 'add' | 'remove' = 'add',
) {
  return {
    ...base({
      serviceUrl,
      tenantId,
      from: user,
      conversation: { id: personalChatId(user), conversationType: 'personal' },
    }),
    type: 'installationUpdate',
    action,
    channelData: { tenant: { id: tenantId }, source: { name: 'message' } },
  };
}

export function groupChatBotAdded(serviceUrl: string, tenantId: string, chatId: string, by: TeamsUser) {
  return {
    ...base({
      serviceUrl,
      tenantId,
      from: by,
      conversation: { id: chatId, conversationType: 'groupChat', isGroup: true },
    }),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT_ID }],
  };
}

/**
 * A meeting start or end event as "Get real-time Teams meeting events" shows it: the meeting id in
 * channelData.meeting.id, and `value` with MeetingType, Title, Id, JoinUrl and StartTime/EndTime.
 */
export function meetingEvent(
  serviceUrl: string,
  tenantId: string,
  chatId: string,
  kind: 'start' | 'end',
  at: Date,
  meeting: { teamsMeetingId?: string; joinUrl?: string } = {},
) {
  const value: Record<string, string> = {
    Id: meeting.teamsMeetingId ?? teamsMeetingIdFor(chatId),
    MeetingType: 'Scheduled',
    JoinUrl: meeting.joinUrl ?? 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_test%40thread.v2/0',
    Title: '1on1',
  };
  value[kind === 'start' ? 'StartTime' : 'EndTime'] = at.toISOString();
  return {
    ...base({
      serviceUrl,
      tenantId,
      from: null,
      conversation: { id: chatId, conversationType: 'groupChat', isGroup: true },
    }),
    type: 'event',
    name:
      kind === 'start' ? 'application/vnd.microsoft.meetingStart' : 'application/vnd.microsoft.meetingEnd',
    value,
    channelData: { tenant: { id: tenantId }, meeting: { id: value.Id } },
  };
}

/** Teams' meeting id for a meeting chat: base64 of the tenant, organizer, thread and message ids. */
export function teamsMeetingIdFor(
  chatId: string,
  organizerId = '00000000-0000-4000-8000-000000000000',
): string {
  return Buffer.from(
    JSON.stringify({ tId: '00000000-0000-4000-8000-0000000000aa', oId: organizerId, thId: chatId, mId: '0' }),
  ).toString('base64');
}

/** A message in a group or meeting chat (conversationType groupChat, id 19:meeting_… for meetings). */
export function groupMessage(
  serviceUrl: string,
  tenantId: string,
  chatId: string,
  user: TeamsUser,
  text: string,
) {
  return {
    ...base({
      serviceUrl,
      tenantId,
      from: user,
      conversation: { id: chatId, conversationType: 'groupChat', isGroup: true },
    }),
    type: 'message',
    text: `<at>Taiwa</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Taiwa</at>', mentioned: { id: BOT_ID, name: 'Taiwa' } }],
  };
}

/** What Teams posts when someone presses an Action.Execute button (or a refresh fires). */
export function cardAction(
  serviceUrl: string,
  tenantId: string,
  user: TeamsUser,
  verb: string,
  data: Record<string, unknown>,
  options: { replyToId?: string; trigger?: 'manual' | 'automatic'; locale?: string } = {},
) {
  return {
    ...base({
      serviceUrl,
      tenantId,
      from: user,
      conversation: { id: personalChatId(user), conversationType: 'personal' },
      ...(options.locale !== undefined && { locale: options.locale }),
    }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(options.replyToId !== undefined && { replyToId: options.replyToId }),
    value: {
      action: { type: 'Action.Execute', verb, data: { verb, ...data } },
      trigger: options.trigger ?? 'manual',
    },
  };
}

export function personalMessage(
  serviceUrl: string,
  tenantId: string,
  user: TeamsUser,
  text: string,
  value?: Record<string, unknown>,
) {
  return {
    ...base({
      serviceUrl,
      tenantId,
      from: user,
      conversation: { id: personalChatId(user), conversationType: 'personal' },
    }),
    type: 'message',
    text,
    ...(value !== undefined && { value }),
  };
}
