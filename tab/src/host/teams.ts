import type * as TeamsApi from './teamsApi';
import type * as TeamsLater from './teamsLater';

export type TeamsSdk = typeof TeamsApi;
export type TeamsLaterSdk = typeof TeamsLater;

let sdk: TeamsSdk | null = null;

/**
 * teams-js is loaded only inside a Microsoft host: importing it has side effects (it fetches its
 * list of host origins from a CDN at module load), which a plain browser should neither pay for
 * nor trip over (our CSP blocks that fetch).
 */
export async function loadTeamsSdk(): Promise<TeamsSdk> {
  sdk ??= await import('./teamsApi');
  return sdk;
}

/** The loaded SDK; only call where `useHost().inHost` is true (initHost loaded it then). */
export function teamsSdk(): TeamsSdk {
  if (!sdk) throw new Error('teams-js is only available inside a Microsoft host');
  return sdk;
}

/**
 * teams-js's sign-in, meeting and pages APIs, fetched the first time one is needed. Only inside a
 * host, after initHost: they share the state `app.initialize` set up.
 */
export function loadTeamsLater(): Promise<TeamsLaterSdk> {
  return import('./teamsLater');
}
