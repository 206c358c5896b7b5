import type { ManagerDirectory } from '../services/managerDirectory.js';
import type { GraphClientFactory } from './graphClient.js';
import type { GraphTokenSource } from './graphTokens.js';

/**
 * Entra's `manager` of a person, read app-only (GET /users/{id}/manager, application permission
 * User.Read.All). Anything but a clear answer — no manager (404), no consent, an outage — is "the
 * directory does not say", so the pair waits for the member's confirmation instead of being trusted.
 */
export function createGraphManagerDirectory(options: {
  tokens: GraphTokenSource;
  graph: GraphClientFactory;
}): ManagerDirectory {
  return {
    async managerOf(tenantId, userId) {
      try {
        const manager = (await options.graph.forMailbox(
          userId,
          () => options.tokens.appOnly(tenantId),
          (client) =>
            client
              .api(`/users/${encodeURIComponent(userId)}/manager`)
              .select(['id'])
              .get() as Promise<{
              id?: unknown;
            }>,
        )) as { id?: unknown };
        return typeof manager.id === 'string' ? manager.id.toLowerCase() : null;
      } catch {
        return null;
      }
    },
  };
}
