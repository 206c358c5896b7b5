/**
 * Tokens from App Service's managed identity endpoint: GET IDENTITY_ENDPOINT?resource=…&api-version=
 * 2019-08-01 with the X-IDENTITY-HEADER secret, answered with `access_token` and `expires_on`
 * (https://learn.microsoft.com/azure/app-service/overview-managed-identity#rest-endpoint-reference).
 * Used to read Key Vault references at start-up and to call the tenant's Azure OpenAI without a key.
 * Without a client id the endpoint answers for the app's system-assigned identity; with `client_id`
 * it answers for that user-assigned identity of the app (one app may carry several).
 */

export interface ManagedIdentity {
  /** IDENTITY_ENDPOINT, set by App Service when the app has an identity. */
  endpoint: string;
  /** IDENTITY_HEADER, the secret the endpoint expects back. */
  secret: string;
  /** A user-assigned identity's client id; absent: the system-assigned identity. */
  clientId?: string;
}

export class ManagedIdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManagedIdentityError';
  }
}

/**
 * The app's managed identity, when App Service gave it one: the system-assigned one, or with
 * `clientId` the user-assigned identity of that client id.
 */
export function managedIdentityOf(
  env: Readonly<Record<string, string | undefined>>,
  clientId?: string,
): ManagedIdentity | null {
  const endpoint = env.IDENTITY_ENDPOINT?.trim();
  const secret = env.IDENTITY_HEADER?.trim();
  if (!endpoint || !secret) return null;
  return clientId === undefined ? { endpoint, secret } : { endpoint, secret, clientId };
}

export interface IdentityToken {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** One token for `resource`; a refusal or an unreadable answer is a ManagedIdentityError. */
export async function requestIdentityToken(
  identity: ManagedIdentity,
  resource: string,
  http: typeof fetch = fetch,
): Promise<IdentityToken> {
  const url = new URL(identity.endpoint);
  url.searchParams.set('resource', resource);
  url.searchParams.set('api-version', '2019-08-01');
  if (identity.clientId !== undefined) url.searchParams.set('client_id', identity.clientId);
  const response = await http(url, { headers: { 'X-IDENTITY-HEADER': identity.secret } }).catch(() => null);
  if (response === null || !response.ok) {
    await response?.body?.cancel();
    throw new ManagedIdentityError(`managed identity endpoint answered ${response?.status ?? 'nothing'}`);
  }
  const body = (await response.json().catch(() => null)) as {
    access_token?: unknown;
    expires_on?: unknown;
  } | null;
  if (typeof body?.access_token !== 'string')
    throw new ManagedIdentityError('managed identity endpoint sent no token');
  const expiresOn = Number(body.expires_on);
  // Without a readable expiry, assume the shortest lifetime Entra issues (an hour) from now.
  const expiresAt = Number.isFinite(expiresOn) && expiresOn > 0 ? expiresOn * 1000 : Date.now() + 60 * 60_000;
  return { accessToken: body.access_token, expiresAt };
}

/** Refreshed this long before it expires, so no request leaves with a token about to lapse. */
const REFRESH_BEFORE_MS = 5 * 60_000;

/** A token for `resource` that is fetched once and again only when close to its expiry. */
export function identityTokenSource(
  identity: ManagedIdentity,
  resource: string,
  options: { fetch?: typeof fetch; now?: () => number } = {},
): () => Promise<string> {
  const now = options.now ?? Date.now;
  let current: IdentityToken | null = null;
  return async () => {
    if (current === null || current.expiresAt - REFRESH_BEFORE_MS <= now()) {
      current = await requestIdentityToken(identity, resource, options.fetch);
    }
    return current.accessToken;
  };
}
