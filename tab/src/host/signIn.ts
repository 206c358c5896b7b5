import type { Api } from '../api/endpoints';
import type { ClientConfig } from '../api/types';
import type { HostContext } from './context';
import { loadTeamsLater } from './teams';

/** A bearer token for the Taiwa API and when it stops being useful. */
export interface StoredToken {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

// sessionStorage, not localStorage: each browser tab signs in on its own, so two demo users can
// be compared side by side in two tabs, and the token disappears with the tab.
const TOKEN_KEY = 'taiwa.token';
// Drop a token a little before it expires so a request never leaves with a token about to lapse.
const EXPIRY_MARGIN_MS = 30_000;

export function readStoredToken(now = Date.now()): StoredToken | null {
  try {
    const raw = window.sessionStorage.getItem(TOKEN_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'accessToken' in parsed &&
      'expiresAt' in parsed &&
      typeof parsed.accessToken === 'string' &&
      typeof parsed.expiresAt === 'number' &&
      parsed.expiresAt - EXPIRY_MARGIN_MS > now
    ) {
      return { accessToken: parsed.accessToken, expiresAt: parsed.expiresAt };
    }
  } catch {
    // Corrupt or blocked storage: treat as signed out.
  }
  clearStoredToken();
  return null;
}

function storeToken(token: StoredToken): void {
  try {
    window.sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token));
  } catch {
    // Without storage the token still lives in memory for this page view.
  }
}

export function clearStoredToken(): void {
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** Dev mode: the server is its own issuer and signs a token for the chosen demo person. */
export async function signInAsDevUser(api: Api, userId: string): Promise<StoredToken> {
  const { accessToken, expiresIn } = await api.devToken(userId);
  const token = { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
  storeToken(token);
  return token;
}

/** Raised when entra sign-in cannot work where we are running (plain browser for now). */
export class SignInUnavailableError extends Error {
  constructor() {
    super('Entra sign-in needs a Microsoft host');
    this.name = 'SignInUnavailableError';
  }
}

/** Lifetime we assume for a host token; the host caches and refreshes it, we just ask again. */
const HOST_TOKEN_LIFETIME_MS = 5 * 60_000;

/**
 * Entra mode: Nested App Authentication where the host recommends it (msal-browser, loaded only on
 * this path), else the host's SSO token (teams-js getAuthToken), and an MSAL redirect in a plain
 * browser (which navigates away and comes back signed in).
 */
export async function acquireEntraToken(config: ClientConfig, host: HostContext): Promise<StoredToken> {
  if (!config.entra) throw new Error('client-config says entra but carries no entra settings');
  const naa = await import('./naa/entra');
  if (!host.inHost) {
    naa.setConsentChannel('browser');
    return naa.acquireBrowserToken(config.entra);
  }
  const sdk = await loadTeamsLater();
  if (sdk.nestedAppAuth.isNAAChannelRecommended()) {
    try {
      const token = await naa.acquireNestedToken(config.entra, host.user?.loginHint ?? null);
      naa.setConsentChannel('nested');
      return token;
    } catch (error) {
      console.warn('Taiwa: nested app authentication failed; using the host token instead.', error);
    }
  }
  naa.setConsentChannel('unavailable');
  const accessToken = await sdk.authentication.getAuthToken();
  // Not persisted: the host keeps its own token cache, asking again is cheap and always fresh.
  return { accessToken, expiresAt: Date.now() + HOST_TOKEN_LIFETIME_MS };
}
