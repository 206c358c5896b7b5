import type { CalendarEventState, CalendarWatchPort } from '../domain/calendarPort.js';
import { type GraphClientFactory, graphStatus } from './graphClient.js';
import { fromGraphUtc, type GraphEvent, PREFER_UTC } from './graphShapes.js';
import { GraphConsentRequiredError, type GraphTokenSource } from './graphTokens.js';

/**
 * Re-reads a booked event with an app-only token: where it is now, or whether it was cancelled. A
 * deleted event (404) counts as cancelled. It needs the application permission Calendars.ReadBasic.All
 * (start, end and cancellation without the body), which an admin may narrow to Taiwa's people with
 * Exchange Online's RBAC for Applications; without it Graph answers 403, reported as not_permitted.
 */
export function createGraphEventWatch(options: {
  tokens: GraphTokenSource;
  graph: GraphClientFactory;
}): CalendarWatchPort {
  return {
    async read(tenantId, organizerId, eventId): Promise<CalendarEventState> {
      try {
        const event = await options.graph.forMailbox(
          organizerId,
          () => options.tokens.appOnly(tenantId),
          (client) =>
            client
              .api(`/users/${encodeURIComponent(organizerId)}/events/${encodeURIComponent(eventId)}`)
              .header('Prefer', PREFER_UTC)
              .select(['start', 'end', 'isCancelled'])
              .get() as Promise<GraphEvent>,
        );
        if (event.isCancelled === true) return { kind: 'cancelled' };
        return { kind: 'scheduled', start: fromGraphUtc(event.start), end: fromGraphUtc(event.end) };
      } catch (error) {
        const status = graphStatus(error);
        if (status === 404) return { kind: 'cancelled' };
        if (error instanceof GraphConsentRequiredError)
          return { kind: 'not_permitted', reason: 'no admin consent for Calendars.ReadBasic.All' };
        if (status === 401 || status === 403)
          return { kind: 'not_permitted', reason: `Microsoft 365 answered ${status}` };
        throw error;
      }
    },
  };
}
