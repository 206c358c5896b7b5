import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpProblem, problemTypes } from './problem.js';
import { type RateLimit, TokenBuckets } from './tokenBuckets.js';

export interface PersonRateLimits {
  /** Generous for people typing in a meeting, tight for a runaway loop. */
  writes: RateLimit;
  /** Far above what a person clicking through Taiwa needs, well below a script hammering reads. */
  reads: RateLimit;
}

export const PERSON_RATE_LIMITS: PersonRateLimits = {
  writes: { burst: 30, perSecond: 2 },
  reads: { burst: 300, perSecond: 10 },
};

/** Callers without a verified identity, per client address: dev sign-in signs a token per call. */
export const ANONYMOUS_RATE_LIMIT: RateLimit = { burst: 60, perSecond: 2 };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function refuse(reply: FastifyReply, retryAfter: number): never {
  reply.header('retry-after', String(retryAfter));
  throw new HttpProblem({
    type: problemTypes.rateLimited,
    title: 'Too many requests at once',
    status: 429,
    detail: `try again in ${retryAfter} s`,
  });
}

/**
 * Limits each person's reads and writes with token buckets, so one runaway client (or script)
 * cannot flood a session or the database. Register it after authentication: it runs as soon as the
 * caller is known, before the body is parsed or validated, so refused and invalid writes cost a
 * token like any other — retrying a bad request in a loop is throttled too.
 */
export function registerPersonRateLimits(
  api: FastifyInstance,
  limits: PersonRateLimits,
  now: () => number = Date.now,
): void {
  const writes = new TokenBuckets(limits.writes, now);
  const reads = new TokenBuckets(limits.reads, now);
  api.addHook('onRequest', async (request, reply) => {
    const key = `${request.actor.tenantId}/${request.actor.id}`;
    const wait = (WRITE_METHODS.has(request.method) ? writes : reads).take(key);
    if (wait > 0) refuse(reply, wait);
  });
}

/**
 * Limits a plugin's routes per client address, for endpoints that answer without a verified
 * person. The socket's address is used, never a forwarded header a client could write itself.
 */
export function registerAddressRateLimit(
  app: FastifyInstance,
  limit: RateLimit,
  now: () => number = Date.now,
): void {
  const addresses = new TokenBuckets(limit, now);
  app.addHook('onRequest', async (request, reply) => {
    const wait = addresses.take(request.socket.remoteAddress ?? 'unknown');
    if (wait > 0) refuse(reply, wait);
  });
}
