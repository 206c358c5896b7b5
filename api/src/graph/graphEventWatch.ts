import type { CalendarEventState, CalendarWatchPort } from '../domain/calendarPort.js';
import { type GraphClientFactory, graphStatus } from './graphClient.js';
import { fromGraphUtc, type GraphEvent, PREFER_UTC } from './graphShapes.js';
import type { GraphTokenSource } from './graphTokens.js';

/**
 * Re-reads a booked event with an app-only token (Calendars.Read application permission): where it
 * is now, or whether it was cancelled. A deleted event (404) counts as cancelled.
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
        if (graphStatus(error) === 404) return { kind: 'cancelled' };
        throw error;
      }
    },
  };
}
