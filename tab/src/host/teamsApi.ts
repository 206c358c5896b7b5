/**
 * The parts of teams-js Taiwa uses. Importing them by name, rather than the whole package, lets the
 * bundler drop the rest of teams-js (over half of it) from what the meeting side panel downloads
 * before its first paint.
 */
export { app, authentication, meeting, nestedAppAuth, pages } from '@microsoft/teams-js';
