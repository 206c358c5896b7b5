import type { IncomingActivity } from './activity.js';

/**
 * Who may speak for a Taiwa user through the bot. Only Teams vouches for `from.aadObjectId`: other
 * channels of the same Azure Bot (Direct Line, Web Chat) let the caller write any object id there.
 */
export interface ChannelTrust {
  /** The bot's Microsoft App ID. When set, an activity must be addressed to this bot. */
  botAppId: string | null;
  /** `'*'` admits every tenant (dev mode, multi-tenant installs). */
  allowedTenants: ReadonlySet<string> | '*';
}

export const TEAMS_CHANNEL_ID = 'msteams';

/** Teams addresses a bot as `28:<app id>`; other hosts use the bare app id. */
function addressedTo(activity: IncomingActivity, botAppId: string): boolean {
  const recipient = activity.recipient?.id?.toLowerCase();
  const appId = botAppId.toLowerCase();
  return recipient === appId || recipient === `28:${appId}`;
}

/**
 * The tenant of a Teams activity this bot may act on, or null: the activity then maps to no Taiwa
 * user and must touch no data. Teams sends the tenant in channelData; when it also names one on the
 * conversation, both must agree.
 */
export function trustedTenantOf(activity: IncomingActivity, trust: ChannelTrust): string | null {
  if (activity.channelId !== TEAMS_CHANNEL_ID) return null;
  if (trust.botAppId !== null && !addressedTo(activity, trust.botAppId)) return null;
  const tenant = activity.channelData?.tenant?.id;
  if (typeof tenant !== 'string' || tenant === '') return null;
  const tenantId = tenant.toLowerCase();
  const onConversation = activity.conversation?.tenantId;
  if (typeof onConversation === 'string' && onConversation.toLowerCase() !== tenantId) return null;
  if (trust.allowedTenants !== '*' && !trust.allowedTenants.has(tenantId)) return null;
  return tenantId;
}
