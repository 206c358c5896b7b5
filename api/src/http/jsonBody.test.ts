import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../dev/demoTenant.js';
import { buildTestApp } from '../testing/testServer.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './jsonBody.js';
import { findNul } from './rejectNul.js';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('exceedsJsonDepth', () => {
  it('counts the nesting of objects and arrays, not brackets inside strings', () => {
    expect(exceedsJsonDepth(nested(3), 3)).toBe(false);
    expect(exceedsJsonDepth(nested(4), 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
    expect(exceedsJsonDepth('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ text: '[[[[[[{{{{' }), 1)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ text: 'a \\" [[[[ " still text' }), 1)).toBe(false);
    expect(exceedsJsonDepth('"\\\\"[[', 1)).toBe(true);
  });
});

describe('findNul', () => {
  it('names the path of a NUL in a value or a key', () => {
    expect(findNul({ a: [{ b: 'x' }, { c: 'y\u0000' }] }, 'body')).toBe('body.a.1.c');
    expect(findNul({ 'k\u0000': 1 }, 'body')).toBe('body.k\u0000');
    expect(findNul({ a: ['fine'] }, 'body')).toBeNull();
  });

  it('walks a structure far deeper than the call stack allows, without copying the path per level', () => {
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    const path = findNul(deep, 'body');
    expect(path?.split('.')).toHaveLength(200_001);
  });
});

describe('deeply nested JSON bodies', () => {
  let app: FastifyInstance;
  let headers: Record<string, string>;
  const pairId = DEMO_PAIRS[0]?.id ?? '';

  beforeAll(async () => {
    app = await buildTestApp();
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/dev/token',
      payload: { userId: DEMO_PEOPLE.kenta.id },
    });
    headers = { authorization: `Bearer ${token.json().accessToken}`, 'content-type': 'application/json' };
  });
  afterAll(async () => {
    await app.close();
  });

  const expectTooDeep = (response: Awaited<ReturnType<FastifyInstance['inject']>>) => {
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      type: 'urn:taiwa:problem:too-deeply-nested',
      status: 400,
      errors: [{ field: 'body', message: `must not nest more than ${MAX_JSON_DEPTH} levels deep` }],
    });
  };

  it('refuses 30,000 levels on the API with 400 naming the problem, and keeps serving', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/sessions`,
      headers,
      payload: `{"scheduledStart":${nested(30_000)}}`,
    });
    expectTooDeep(response);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: `/api/v1/pairs/${pairId}/sessions`, headers })).statusCode).toBe(200);
  });

  it('refuses 125,000 levels on the API before parsing: the body limit answers first', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/sessions`,
      headers,
      payload: '['.repeat(125_000),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().type).toBe('urn:taiwa:problem:payload-too-large');
  });

  it('refuses 30,000 and 125,000 levels at the unauthenticated bot endpoint', async () => {
    for (const levels of [30_000, 125_000]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/messages',
        headers: { 'content-type': 'application/json' },
        payload: `{"type":"message","value":${nested(levels)}}`,
      });
      expectTooDeep(response);
    }
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('still accepts nesting within the limit, and still finds a NUL deep inside it', async () => {
    let value: unknown = 'tail\u0000';
    for (let level = 0; level < MAX_JSON_DEPTH - 2; level++) value = { next: value };
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/sessions`,
      headers,
      payload: JSON.stringify({ scheduledStart: value }),
    });
    expect(response.statusCode).toBe(400);
    const field = response.json().errors[0].field as string;
    expect(field.startsWith('body.scheduledStart.next.next')).toBe(true);
    expect(response.json().errors[0].message).toBe('must not contain NUL characters');
  });

  it('keeps refusing prototype poisoning', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/pairs/${pairId}/sessions`,
      headers,
      payload: '{"__proto__":{"isAdmin":true}}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
