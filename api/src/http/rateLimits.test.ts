import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/people.js';
import { bearer, devToken, MANAGER, MEMBER, PAIR_ID } from '../testing/demoPeople.js';
import { buildTestApp } from '../testing/testServer.js';
import { registerErrorHandling } from './errorHandler.js';
import { registerPersonRateLimits } from './rateLimits.js';

function appAt(clock: { now: number }) {
  const app = Fastify();
  registerErrorHandling(app);
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    const user = String(request.headers['x-user']);
    request.actor = { id: user, tenantId: 't', displayName: user, email: null, isAdmin: false };
  });
  registerPersonRateLimits(
    app,
    { writes: { burst: 3, perSecond: 1 }, reads: { burst: 5, perSecond: 2 } },
    () => clock.now,
  );
  app.post('/write', async () => ({ ok: true }));
  app.get('/read', async () => ({ ok: true }));
  return app;
}

describe('per-person rate limits', () => {
  it('lets a burst of writes through, refuses the next with 429 and Retry-After, then recovers', async () => {
    const clock = { now: 0 };
    const app = appAt(clock);
    const write = (user = 'a') => app.inject({ method: 'POST', url: '/write', headers: { 'x-user': user } });
    for (let n = 0; n < 3; n++) expect((await write()).statusCode).toBe(200);
    const refused = await write();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ type: 'urn:taiwa:problem:rate-limited', status: 429 });
    // Someone else is not affected, nor are reads (they have a bucket of their own).
    expect((await write('b')).statusCode).toBe(200);
    expect((await app.inject({ url: '/read', headers: { 'x-user': 'a' } })).statusCode).toBe(200);
    clock.now += 1000;
    expect((await write()).statusCode).toBe(200);
    expect((await write()).statusCode).toBe(429);
  });

  it('limits reads too, more generously', async () => {
    const clock = { now: 0 };
    const app = appAt(clock);
    const read = () => app.inject({ url: '/read', headers: { 'x-user': 'a' } });
    for (let n = 0; n < 5; n++) expect((await read()).statusCode).toBe(200);
    const refused = await read();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    clock.now += 500;
    expect((await read()).statusCode).toBe(200);
  });
});

describe('rate limits on the real server', () => {
  let app: FastifyInstance;
  let member: string;
  let manager: string;

  beforeAll(async () => {
    app = await buildTestApp({}, undefined, {
      writeRateLimit: { burst: 3, perSecond: 0.01 },
      readRateLimit: { burst: 6, perSecond: 0.01 },
      anonymousRateLimit: { burst: 4, perSecond: 0.01 },
    });
    member = await devToken(app, MEMBER.id);
    manager = await devToken(app, MANAGER.id);
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts invalid and refused writes, so retrying a bad request in a loop is throttled', async () => {
    const post = (payload: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/pairs/${PAIR_ID}/sessions`,
        headers: { ...bearer(member), 'content-type': 'application/json' },
        payload,
      });
    expect((await post('{"scheduledStart": 5}')).statusCode).toBe(400);
    expect((await post('not json')).statusCode).toBe(400);
    expect((await post('{"scheduledStart": "2031-01-01T01:00:00Z"}')).statusCode).toBe(400);
    const valid = await post(
      JSON.stringify({ scheduledStart: '2031-01-01T01:00:00Z', scheduledEnd: '2031-01-01T01:30:00Z' }),
    );
    expect(valid.statusCode).toBe(429);
    expect(valid.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
    expect(valid.json().type).toBe('urn:taiwa:problem:rate-limited');
  });

  it('limits reads per person', async () => {
    const read = (token: string) => app.inject({ url: '/api/v1/me', headers: bearer(token) });
    const statuses: number[] = [];
    for (let n = 0; n < 8; n++) statuses.push((await read(member)).statusCode);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(6)).toEqual([429, 429]);
    const refused = await read(member);
    expect(refused.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
    expect(refused.json().type).toBe('urn:taiwa:problem:rate-limited');
    // The other person of the pair is not slowed down by it.
    expect((await read(manager)).statusCode).toBe(200);
  });

  it('limits dev sign-in per client address (two tokens were minted above)', async () => {
    const mint = () =>
      app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { userId: MEMBER.id } });
    expect((await mint()).statusCode).toBe(200);
    expect((await mint()).statusCode).toBe(200);
    const refused = await mint();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
  });
});
