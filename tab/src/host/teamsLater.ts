/**
 * The parts of teams-js Taiwa uses after the first paint, if at all: sign-in in entra mode, sharing
 * to the meeting stage, and the configuration page. A chunk of their own, so the meeting side panel
 * does not download them before it can paint.
 */
export { authentication, meeting, nestedAppAuth, pages } from '@microsoft/teams-js';
