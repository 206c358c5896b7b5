import type { FastifyRequest } from 'fastify';
import type { CalendarCaller } from '../graph/integration.js';

/** The signed-in person's bearer token, handed only to on-behalf-of (authenticate.ts has verified it). */
export function bearerAssertion(request: FastifyRequest): string {
  return (request.headers.authorization ?? '').replace(/^Bearer /, '');
}

/** Who a calendar acts for: the signed-in person, with their own delegated permission. */
export function calendarCaller(request: FastifyRequest): CalendarCaller {
  return { data: request.data, userId: request.actor.id, assertion: bearerAssertion(request) };
}
