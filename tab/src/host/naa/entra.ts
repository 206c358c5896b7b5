/** The entra sign-in module signIn.ts loads on demand, so msal-browser stays out of the first bundle. */
export { consentChannel, setConsentChannel } from './consentChannel';
export type { EntraSettings, EntraToken } from './entraSettings';
export { acquireBrowserToken, acquireNestedToken, requestGraphConsent } from './entraToken';
