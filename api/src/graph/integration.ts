import type { Config } from '../config.js';
import type { Db } from '../data/database.js';
import { GraphTokenCacheRepository } from '../data/repositories/graphTokenCaches.js';
import type { TenantData } from '../data/tenantData.js';
import type { CalendarPort, CalendarWatchPort } from '../domain/calendarPort.js';
import type { TranscriptSourcePort } from '../domain/transcriptSource.js';
import { type ManagerDirectory, noManagerDirectory } from '../services/managerDirectory.js';
import { calendarScopes, createGraphCalendar } from './graphCalendar.js';
import { createGraphClientFactory } from './graphClient.js';
import { createGraphEventWatch } from './graphEventWatch.js';
import { createGraphManagerDirectory } from './graphManagerDirectory.js';
import { createMsalTokenSource, type GraphTokenSource } from './graphTokens.js';
import { createGraphTranscripts } from './graphTranscripts.js';
import { createLocalCalendar, uploadOnlyTranscripts } from './localCalendar.js';
import { createMailboxLimiter } from './mailboxLimiter.js';
import { createMsalNetwork } from './msalNetwork.js';
import { createTokenCacheCipher } from './tokenCacheCipher.js';

export interface CalendarCaller {
  data: TenantData;
  userId: string;
  /** The caller's bearer token for Taiwa's API (the on-behalf-of assertion). */
  assertion: string;
}

/** The calendar and transcript adapters this process uses, chosen once at start-up. */
export interface GraphIntegration {
  /** `graph`: Outlook and Teams through Microsoft Graph. `local`: dev mode's sessions, .ics and uploads. */
  readonly mode: 'graph' | 'local';
  /** The scopes a booking needs, for the consent button when they are missing. */
  readonly calendarScopes: readonly string[];
  calendarFor(caller: CalendarCaller): CalendarPort;
  /** Null in local mode: local events never move on their own. */
  readonly eventWatch: CalendarWatchPort | null;
  readonly transcripts: TranscriptSourcePort;
  /** Who manages whom according to Entra; none in local mode, where the member confirms. */
  readonly directory: ManagerDirectory;
}

export interface GraphIntegrationOptions {
  config: Config;
  db: Db;
  /** Replaces the msal-node token source (tests give one that trusts their loopback authority). */
  tokens?: GraphTokenSource;
  /** Seconds the Graph client waits before retrying when Graph sends no Retry-After. */
  retryDelaySeconds?: number;
}

/**
 * Graph needs a real tenant: entra sign-in and the app's client secret (for on-behalf-of and
 * app-only tokens). Without them, booking and transcripts use the local adapters.
 */
export function createGraphIntegration(options: GraphIntegrationOptions): GraphIntegration {
  const { config } = options;
  const secret = config.entra.clientSecret;
  if (config.authMode !== 'entra' || secret === null) {
    return {
      mode: 'local',
      calendarScopes: [],
      calendarFor: (caller) => createLocalCalendar({ data: caller.data, organizerId: caller.userId }),
      eventWatch: null,
      transcripts: uploadOnlyTranscripts,
      directory: noManagerDirectory,
    };
  }
  const tokens =
    options.tokens ??
    createMsalTokenSource({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      clientSecret: secret,
      graphBaseUrl: config.graphBaseUrl,
      cacheStore: new GraphTokenCacheRepository(options.db),
      cipher: createTokenCacheCipher(secret),
      network: createMsalNetwork(),
    });
  const graph = createGraphClientFactory({
    baseUrl: config.graphBaseUrl,
    limiter: createMailboxLimiter(),
    ...(options.retryDelaySeconds === undefined ? {} : { retryDelaySeconds: options.retryDelaySeconds }),
  });
  return {
    mode: 'graph',
    calendarScopes: calendarScopes(config.graphBaseUrl),
    calendarFor: (caller) =>
      createGraphCalendar({
        caller: { tenantId: caller.data.tenantId, userId: caller.userId, assertion: caller.assertion },
        graphBaseUrl: config.graphBaseUrl,
        tokens,
        graph,
      }),
    eventWatch: createGraphEventWatch({ tokens, graph }),
    transcripts: createGraphTranscripts({ tokens, graph }),
    directory: createGraphManagerDirectory({ tokens, graph }),
  };
}
