import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import type { ConversationReferenceData, IncomingActivity, OutgoingActivity } from './activity.js';
import { botText } from './cards/text.js';
import type { ChannelTrust } from './channelIdentity.js';
import { cardLocale } from './locale.js';
import type { TeamsMeetingInfo } from './meetingFacts.js';
import type { TaiwaBotPort } from './port.js';
import { handleTurn } from './turn.js';

/**
 * The only file that knows botbuilder. It authenticates and parses what the channel posts, hands
 * the activity to `handleTurn`, and carries out the outcome; it also sends proactive messages.
 * Moving to another Teams SDK means rewriting this file only.
 */
export interface BotLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface BotCredentials {
  appId: string | null;
  appPassword: string | null;
  /** Single-tenant bots name their tenant; multi-tenant ones leave it null. */
  tenantId: string | null;
}

export interface BotHttpResult {
  status: number;
  body?: unknown;
}

export interface BotEndpoint {
  /** One POST to /api/messages: the parsed JSON body and the request headers. */
  handle(
    body: unknown,
    headers: Readonly<Record<string, string | string[] | undefined>>,
  ): Promise<BotHttpResult>;
  /** Sends a message into a stored conversation; resolves with the id the channel gave it. */
  send(
    reference: ConversationReferenceData,
    activity: OutgoingActivity,
  ): Promise<{ activityId: string | null }>;
  /**
   * The meeting details API (GET /v1/meetings/{meetingId} on the conversation's serviceUrl, the
   * app's RSC OnlineMeeting.ReadBasic.Chat): join URL, Graph's onlineMeeting id and the organizer.
   */
  meetingInfo(reference: ConversationReferenceData, teamsMeetingId: string): Promise<TeamsMeetingInfo>;
}

/**
 * A send the channel refused. `status` is the connector's HTTP status (0 when it never answered);
 * `retryAfterMs` is its Retry-After, when it gave one.
 */
export class ChannelSendError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'ChannelSendError';
  }
}

/** CloudAdapter.process speaks Express-style req/res; Fastify hands over the parsed body instead. */
class TaiwaAdapter extends CloudAdapter {
  run(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authorization, activity, logic);
  }
}

export function createBotEndpoint(options: {
  credentials: BotCredentials;
  port: TaiwaBotPort;
  logger: BotLogger;
  /** Tenants whose Teams users may act through the bot; the channel's own tenant check. */
  allowedTenants: ReadonlySet<string> | '*';
}): BotEndpoint {
  const { appId, appPassword, tenantId } = options.credentials;
  const trust: ChannelTrust = { botAppId: appId, allowedTenants: options.allowedTenants };
  const authentication = new ConfigurationBotFrameworkAuthentication(
    appId === null
      ? {}
      : {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: appPassword ?? undefined,
          MicrosoftAppTenantId: tenantId ?? undefined,
          MicrosoftAppType: tenantId === null ? 'MultiTenant' : 'SingleTenant',
        },
  );
  const adapter = new TaiwaAdapter(authentication);

  async function onTurn(context: TurnContext): Promise<void> {
    const activity = context.activity as unknown as IncomingActivity;
    const isInvoke = activity.type === 'invoke';
    try {
      const outcome = await handleTurn(activity, options.port, trust, {
        meetingInfo: (teamsMeetingId) =>
          TeamsInfo.getMeetingInfo(context, teamsMeetingId) as Promise<TeamsMeetingInfo>,
      });
      if (outcome.invokeResponse !== undefined) {
        await context.sendActivity({ type: 'invokeResponse', value: outcome.invokeResponse });
      }
      if (outcome.update !== undefined) {
        await context.updateActivity({
          ...(outcome.update.activity as Partial<Activity>),
          id: outcome.update.activityId,
        });
      }
      for (const reply of outcome.replies) await context.sendActivity(reply as Partial<Activity>);
    } catch (error) {
      options.logger.error(
        { err: error, activityType: activity.type, name: activity.name },
        'the bot could not handle an activity',
      );
      // An invoke must be answered, or Teams shows a generic failure after its timeout.
      if (!isInvoke) throw error;
      await context.sendActivity({
        type: 'invokeResponse',
        value: {
          status: 200,
          body: {
            statusCode: 500,
            type: 'application/vnd.microsoft.error',
            value: {
              code: 'InternalServerError',
              message: botText[cardLocale(activity.locale)].actionFailed,
            },
          },
        },
      });
    }
  }

  return {
    async handle(body, headers) {
      if (
        typeof body !== 'object' ||
        body === null ||
        typeof (body as { type?: unknown }).type !== 'string'
      ) {
        return { status: 400, body: { error: 'the body must be a Bot Framework activity' } };
      }
      const authorization = headers.authorization ?? headers.Authorization;
      // Whatever fails before the turn starts is botbuilder authenticating the request (a forged,
      // malformed or unverifiable token): a 401, never a 500.
      let turnStarted = false;
      try {
        const invokeResponse = await adapter.run(
          typeof authorization === 'string' ? authorization : '',
          body as Activity,
          (context) => {
            turnStarted = true;
            return onTurn(context);
          },
        );
        return invokeResponse === undefined
          ? { status: 200 }
          : { status: invokeResponse.status, body: invokeResponse.body };
      } catch (error) {
        if (!turnStarted || isAuthenticationFailure(error)) {
          // The error's message and stack may quote the token; its kind is enough to diagnose.
          options.logger.warn({ reason: failureKind(error) }, 'rejected a Bot Framework request');
          return { status: 401 };
        }
        throw error;
      }
    },

    async send(reference, activity) {
      let activityId: string | null = null;
      try {
        await adapter.continueConversationAsync(
          appId ?? '',
          reference as Partial<ConversationReference>,
          async (context) => {
            withoutBuiltInRetries(context, adapter);
            const response = await context.sendActivity(activity as Partial<Activity>);
            activityId = response?.id ?? null;
          },
        );
      } catch (error) {
        throw toChannelSendError(error);
      }
      return { activityId };
    },

    async meetingInfo(reference, teamsMeetingId) {
      let info: TeamsMeetingInfo = {};
      try {
        await adapter.continueConversationAsync(
          appId ?? '',
          reference as Partial<ConversationReference>,
          async (context) => {
            info = (await TeamsInfo.getMeetingInfo(context, teamsMeetingId)) as TeamsMeetingInfo;
          },
        );
      } catch (error) {
        throw toChannelSendError(error);
      }
      return info;
    },
  };
}

function failureKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? `${error.name} ${status}` : error.name;
}

function isAuthenticationFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return error.name === 'AuthenticationError' || status === 401 || status === 403;
}

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown } };
}

/**
 * The connector client retries throttling and gateway errors itself. Taiwa's job runner owns
 * retries instead (durably, with rate limits and dead letters), so one attempt is one HTTP call.
 */
function withoutBuiltInRetries(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as PipelineOwner | undefined;
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

function header(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    const value: unknown = get.call(headers, name);
    return typeof value === 'string' ? value : null;
  }
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function toChannelSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    statusCode?: unknown;
    response?: { status?: unknown; headers?: unknown };
    message?: unknown;
  };
  const status =
    typeof details.statusCode === 'number'
      ? details.statusCode
      : typeof details.response?.status === 'number'
        ? details.response.status
        : 0;
  const retryAfter = parseRetryAfter(header(details.response?.headers, 'retry-after'));
  const message =
    typeof details.message === 'string' ? details.message : 'the channel did not accept the message';
  return new ChannelSendError(status, retryAfter, message);
}
