/**
 * The part of teams-js every tab needs before its first paint: `app` (initialise, context, theme,
 * notifySuccess). Importing it by name, rather than the whole package, lets the bundler drop the
 * rest of teams-js; the other parts Taiwa uses load when first needed (teams.ts).
 */
export { app } from '@microsoft/teams-js';
