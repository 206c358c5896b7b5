import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/people.js';
import { registerErrorHandling } from './errorHandler.js';
import { registerWriteRateLimit } from './writeRateLimit.js';

function appAt(clock: { now: number }) {
  const app = Fastify();
  registerErrorHandling(app);
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    const user = String(request.headers['x-user']);
    request.actor = { id: user, tenantId: 't', displayName: user, email: null, isAdmin: false };
  });
  registerWriteRateLimit(app, { burst: 3, perSecond: 1, now: () => clock.now });
  app.post('/write', async () => ({ ok: true }));
  app.get('/read', async () => ({ ok: true }));
  return app;
}

describe('write rate limit', () => {
  it('lets a burst through, refuses the next write with 429 and Retry-After, then recovers', async () => {
    const clock = { now: 0 };
    const app = appAt(clock);
    const write = (user = 'a') => app.inject({ method: 'POST', url: '/write', headers: { 'x-user': user } });
    for (let n = 0; n < 3; n++) expect((await write()).statusCode).toBe(200);
    const refused = await write();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toMatchObject({ type: 'urn:taiwa:problem:rate-limited', status: 429 });
    // Someone else is not affected, nor are reads.
    expect((await write('b')).statusCode).toBe(200);
    expect((await app.inject({ url: '/read', headers: { 'x-user': 'a' } })).statusCode).toBe(200);
    clock.now += 1000;
    expect((await write()).statusCode).toBe(200);
    expect((await write()).statusCode).toBe(429);
  });
});
