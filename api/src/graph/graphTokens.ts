import {
  ConfidentialClientApplication,
  type ICachePlugin,
  type INetworkModule,
  InteractionRequiredAuthError,
  LogLevel,
  ServerError,
} from '@azure/msal-node';
import type { TokenCacheCipher } from './tokenCacheCipher.js';

/** Where each person's encrypted token cache is kept (graph_token_caches in production). */
export interface TokenCacheStore {
  load(tenantId: string, userId: string): Promise<string | null>;
  save(tenantId: string, userId: string, ciphertext: string, at: Date): Promise<void>;
}

export interface GraphCaller {
  tenantId: string;
  userId: string;
  /** The caller's access token for Taiwa's API: the assertion on-behalf-of exchanges. */
  assertion: string;
}

/** Tokens for Microsoft Graph: delegated through on-behalf-of, or app-only for background work. */
export interface GraphTokenSource {
  onBehalfOf(caller: GraphCaller, scopes: readonly string[]): Promise<string>;
  appOnly(tenantId: string): Promise<string>;
}

/** The user (or, for application permissions, an admin) has not granted what Taiwa asked for. */
export class GraphConsentRequiredError extends Error {
  constructor(
    readonly scopes: readonly string[],
    readonly adminRequired: boolean,
  ) {
    super(
      adminRequired ? 'Microsoft 365 needs an administrator to consent' : 'Microsoft 365 needs your consent',
    );
    this.name = 'GraphConsentRequiredError';
  }
}

export interface MsalTokenSourceOptions {
  /** ENTRA_AUTHORITY_HOST, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  /** GRAPH_BASE_URL: the resource the tokens are for (sovereign clouds have their own). */
  graphBaseUrl: string;
  cacheStore: TokenCacheStore;
  cipher: TokenCacheCipher;
  network: INetworkModule;
  now?: () => Date;
}

const MAX_CLIENTS = 1000;
// AADSTS65001: the user or administrator has not consented; AADSTS90094/90099: admin consent needed.
const CONSENT_CODES = /AADSTS(65001|650057|90094|90099)\b/;
const ADMIN_CONSENT_CODES = /AADSTS(90094|90099|650057)\b/;

/**
 * msal-node's ConfidentialClientApplication, one per person for on-behalf-of (each with its own
 * encrypted persisted cache, so a token never serves another person) and one per tenant for app-only
 * tokens (kept in memory only).
 */
export function createMsalTokenSource(options: MsalTokenSourceOptions): GraphTokenSource {
  const now = options.now ?? (() => new Date());
  const knownHost = new URL(options.authorityHost).host;
  const delegated = new Map<string, ConfidentialClientApplication>();
  const appOnly = new Map<string, ConfidentialClientApplication>();

  function application(tenantId: string, cachePlugin?: ICachePlugin): ConfidentialClientApplication {
    return new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        authority: `${options.authorityHost}/${tenantId}`,
        // Trusting the configured host skips instance discovery against the public cloud, which a
        // sovereign cloud or a loopback test authority would fail.
        knownAuthorities: [knownHost],
      },
      ...(cachePlugin === undefined ? {} : { cache: { cachePlugin } }),
      system: {
        networkClient: options.network,
        loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => {} },
      },
    });
  }

  function remember(
    map: Map<string, ConfidentialClientApplication>,
    key: string,
    make: () => ConfidentialClientApplication,
  ) {
    let existing = map.get(key);
    if (existing === undefined) {
      if (map.size >= MAX_CLIENTS) {
        const oldest = map.keys().next().value;
        if (oldest !== undefined) map.delete(oldest);
      }
      existing = make();
      map.set(key, existing);
    }
    return existing;
  }

  function personalCache(tenantId: string, userId: string): ICachePlugin {
    return {
      async beforeCacheAccess(context) {
        const sealed = await options.cacheStore.load(tenantId, userId);
        const plain = sealed === null ? null : options.cipher.decrypt(sealed);
        if (plain !== null) context.tokenCache.deserialize(plain);
      },
      async afterCacheAccess(context) {
        if (!context.cacheHasChanged) return;
        await options.cacheStore.save(
          tenantId,
          userId,
          options.cipher.encrypt(context.tokenCache.serialize()),
          now(),
        );
      },
    };
  }

  return {
    async onBehalfOf(caller, scopes) {
      const client = remember(delegated, `${caller.tenantId}/${caller.userId}`, () =>
        application(caller.tenantId, personalCache(caller.tenantId, caller.userId)),
      );
      try {
        // msal-node's on-behalf-of looks tokens up in memory without asking the cache plugin, so
        // load the person's persisted cache first (another instance may have filled it).
        await client.getTokenCache().getAllAccounts();
        const result = await client.acquireTokenOnBehalfOf({
          oboAssertion: caller.assertion,
          scopes: [...scopes],
        });
        if (result === null) throw new Error('on-behalf-of returned no token');
        return result.accessToken;
      } catch (error) {
        throw consentError(error, scopes) ?? error;
      }
    },
    async appOnly(tenantId) {
      const client = remember(appOnly, tenantId, () => application(tenantId));
      const scopes = [`${options.graphBaseUrl}/.default`];
      try {
        const result = await client.acquireTokenByClientCredential({ scopes });
        if (result === null) throw new Error('client credentials returned no token');
        return result.accessToken;
      } catch (error) {
        throw consentError(error, scopes) ?? error;
      }
    },
  };
}

function consentError(error: unknown, scopes: readonly string[]): GraphConsentRequiredError | null {
  const message =
    error instanceof InteractionRequiredAuthError || error instanceof ServerError
      ? `${error.errorCode} ${error.subError} ${error.errorMessage}`
      : '';
  if (error instanceof InteractionRequiredAuthError && error.subError === 'consent_required') {
    return new GraphConsentRequiredError(scopes, ADMIN_CONSENT_CODES.test(message));
  }
  if (CONSENT_CODES.test(message))
    return new GraphConsentRequiredError(scopes, ADMIN_CONSENT_CODES.test(message));
  return null;
}
