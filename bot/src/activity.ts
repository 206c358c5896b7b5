/**
 * The parts of Bot Framework activities Taiwa reads and writes, as the channel sends them. Kept free
 * of botbuilder's types so the handlers and cards do not depend on one SDK.
 */
export interface ChannelAccount {
  id: string;
  name?: string;
  /** Entra object id of a Teams user. */
  aadObjectId?: string;
}

export interface ConversationAccount {
  id: string;
  conversationType?: string;
  isGroup?: boolean;
  tenantId?: string;
  name?: string;
}

export interface IncomingActivity {
  type: string;
  id?: string;
  name?: string;
  action?: string;
  text?: string;
  value?: unknown;
  locale?: string;
  timestamp?: string;
  serviceUrl: string;
  channelId: string;
  replyToId?: string;
  from: ChannelAccount;
  recipient: ChannelAccount;
  conversation: ConversationAccount;
  channelData?: {
    tenant?: { id?: string };
    meeting?: { id?: string };
    eventType?: string;
    [key: string]: unknown;
  };
  membersAdded?: ChannelAccount[];
  membersRemoved?: ChannelAccount[];
}

/** What a proactive message needs to reach a conversation again, stored as the channel gave it. */
export interface ConversationReferenceData {
  activityId?: string;
  user?: ChannelAccount;
  bot: ChannelAccount;
  conversation: ConversationAccount;
  channelId: string;
  serviceUrl: string;
  locale?: string;
}

export interface Attachment {
  contentType: string;
  content: unknown;
}

export interface OutgoingActivity {
  type: 'message';
  text?: string;
  summary?: string;
  attachments?: Attachment[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function referenceFrom(activity: IncomingActivity): ConversationReferenceData {
  const reference: ConversationReferenceData = {
    bot: activity.recipient,
    conversation: activity.conversation,
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    user: activity.from,
  };
  if (activity.id !== undefined) reference.activityId = activity.id;
  if (activity.locale !== undefined) reference.locale = activity.locale;
  return reference;
}
