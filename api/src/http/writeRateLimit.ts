import type { FastifyInstance } from 'fastify';
import { HttpProblem, problemTypes } from './problem.js';

export interface WriteRateLimitOptions {
  /** Writes a person may make in a burst. */
  burst: number;
  /** Writes per second regained after a burst. */
  perSecond: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_TRACKED = 50_000;

/**
 * Limits each person's writes with a token bucket, so one runaway client (or script) cannot flood a
 * session or the database. It counts per server instance: a fair share per instance is the point,
 * not an exact global count. Reads and the bot endpoint are not limited here.
 */
export function registerWriteRateLimit(api: FastifyInstance, options: WriteRateLimitOptions): void {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();

  api.addHook('preHandler', async (request, reply) => {
    if (!WRITE_METHODS.has(request.method)) return;
    const key = `${request.actor.tenantId}/${request.actor.id}`;
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: options.burst, updatedAt: at };
    bucket.tokens = Math.min(
      options.burst,
      bucket.tokens + ((at - bucket.updatedAt) / 1000) * options.perSecond,
    );
    bucket.updatedAt = at;
    if (bucket.tokens < 1) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / options.perSecond);
      reply.header('retry-after', String(retryAfter));
      throw new HttpProblem({
        type: problemTypes.rateLimited,
        title: 'Too many changes at once',
        status: 429,
        detail: `try again in ${retryAfter} s`,
      });
    }
    bucket.tokens -= 1;
    if (!buckets.has(key) && buckets.size >= MAX_TRACKED) buckets.clear();
    buckets.set(key, bucket);
  });
}
