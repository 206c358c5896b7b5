import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import type { EntraSettings, EntraToken } from './entraSettings';
import { browserClient, isInteractionRequired, nestedClient } from './msalClients';

function toToken(result: AuthenticationResult): EntraToken {
  return {
    accessToken: result.accessToken,
    expiresAt: result.expiresOn?.getTime() ?? Date.now() + 5 * 60_000,
  };
}

async function silentOrPopup(client: IPublicClientApplication, scopes: string[], loginHint: string | null) {
  const account = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
  try {
    if (account !== null) return await client.acquireTokenSilent({ scopes, account });
    return await client.ssoSilent({ scopes, ...(loginHint ? { loginHint } : {}) });
  } catch (error) {
    if (!(await isInteractionRequired(error))) throw error;
    // Inside a host the "popup" is the host's own sign-in and consent dialog.
    return client.acquireTokenPopup({ scopes, ...(loginHint ? { loginHint } : {}) });
  }
}

/** A token for Taiwa's API through Nested App Authentication. */
export async function acquireNestedToken(
  settings: EntraSettings,
  loginHint: string | null,
): Promise<EntraToken> {
  const client = await nestedClient(settings);
  const result = await silentOrPopup(client, [settings.apiScope], loginHint);
  if (result.account) client.setActiveAccount(result.account);
  return toToken(result);
}

/**
 * A token in a plain browser. Resolves with a token when signed in (or just back from the
 * Microsoft sign-in page); otherwise navigates there and never resolves.
 */
export async function acquireBrowserToken(settings: EntraSettings): Promise<EntraToken> {
  const client = await browserClient(settings);
  const account = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
  if (account !== null) {
    try {
      return toToken(await client.acquireTokenSilent({ scopes: [settings.apiScope], account }));
    } catch (error) {
      if (!(await isInteractionRequired(error))) throw error;
    }
  }
  await client.acquireTokenRedirect({ scopes: [settings.apiScope] });
  return new Promise<EntraToken>(() => {});
}

/** Where consent can be asked for: through NAA, in the browser, or not here (a host without NAA). */
export type ConsentChannel = 'nested' | 'browser' | 'unavailable';

/**
 * Incremental consent for Graph scopes the API could not get on-behalf-of (e.g. calendar access):
 * asking for them interactively shows Microsoft's consent prompt; afterwards the API's exchange works.
 */
export async function requestGraphConsent(
  settings: EntraSettings,
  channel: ConsentChannel,
  scopes: string[],
): Promise<void> {
  if (channel === 'nested') {
    const client = await nestedClient(settings);
    await client.acquireTokenPopup({ scopes });
    return;
  }
  if (channel === 'browser') {
    const client = await browserClient(settings);
    await client.acquireTokenRedirect({ scopes, redirectStartPage: window.location.href });
    return;
  }
  throw new Error('consent cannot be asked for in this host');
}
