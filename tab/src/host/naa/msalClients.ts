import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { DEFAULT_AUTHORITY_HOST, type EntraSettings } from './entraSettings';

// msal-browser is imported on these paths only (dynamic import), so the first paint, dev mode and
// the config page never download it.
const loadMsal = () => import('@azure/msal-browser');

function configuration(settings: EntraSettings): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      // `organizations`: any work account; the API decides which tenants it admits.
      authority: `${settings.authorityHost ?? DEFAULT_AUTHORITY_HOST}/organizations`,
      redirectUri: `${window.location.origin}/`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

let nested: Promise<IPublicClientApplication> | null = null;
let standard: Promise<IPublicClientApplication> | null = null;

/** Nested App Authentication: the host (Teams, Outlook, Microsoft 365 app) brokers the tokens. */
export function nestedClient(settings: EntraSettings): Promise<IPublicClientApplication> {
  nested ??= loadMsal().then(({ createNestablePublicClientApplication }) =>
    createNestablePublicClientApplication(configuration(settings)),
  );
  return nested;
}

/** A plain browser: MSAL with redirects to the Microsoft sign-in page and back. */
export function browserClient(settings: EntraSettings): Promise<IPublicClientApplication> {
  standard ??= loadMsal().then(async ({ createStandardPublicClientApplication }) => {
    const client = await createStandardPublicClientApplication(configuration(settings));
    const returned = await client.handleRedirectPromise();
    if (returned?.account) client.setActiveAccount(returned.account);
    return client;
  });
  return standard;
}

export async function isInteractionRequired(error: unknown): Promise<boolean> {
  const { InteractionRequiredAuthError } = await loadMsal();
  return error instanceof InteractionRequiredAuthError;
}
