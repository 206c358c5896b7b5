/**
 * The longest search the server takes (TEXT_LIMITS.historySearch; searchLimit.test.ts keeps them
 * equal). Written out rather than imported so that the history page does not pull the shared limits
 * module into a chunk of its own, which the side panel would then load as an extra file.
 */
export const HISTORY_SEARCH_LIMIT = 200;
