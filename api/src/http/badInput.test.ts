import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../dev/demoTenant.js';
import { buildTestApp } from '../testing/testServer.js';

let app: FastifyInstance;
let headers: Record<string, string>;
const pairId = DEMO_PAIRS[0]?.id ?? '';
const url = `/api/v1/pairs/${pairId}/sessions`;

async function sessionCount(): Promise<number> {
  return (await app.inject({ url, headers })).json().sessions.length;
}

beforeAll(async () => {
  app = await buildTestApp();
  const token = await app.inject({
    method: 'POST',
    url: '/api/v1/dev/token',
    payload: { userId: DEMO_PEOPLE.kenta.id },
  });
  headers = { authorization: `Bearer ${token.json().accessToken}` };
});
afterAll(async () => {
  await app.close();
});

function post(payload: string, contentType = 'application/json') {
  return app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': contentType }, payload });
}

function expectProblem(response: Awaited<ReturnType<typeof post>>, status: number, field: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^urn:taiwa:problem:/);
  expect(body.errors.map((error: { field: string }) => error.field)).toContain(field);
  expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('bad input is refused with the field named, and nothing is written', () => {
  it('malformed JSON', async () => {
    const before = await sessionCount();
    expectProblem(await post('{"scheduledStart": "2026-12-01T01:00:00Z",'), 400, 'body');
    expect(await sessionCount()).toBe(before);
  });

  it('wrong types', async () => {
    const before = await sessionCount();
    const response = await post(
      JSON.stringify({ scheduledStart: 20261201, scheduledEnd: '2026-12-01T01:30:00Z' }),
    );
    expectProblem(response, 400, 'body.scheduledStart');
    expect(await sessionCount()).toBe(before);
  });

  it('a string that is not a date-time', async () => {
    const response = await post(
      JSON.stringify({ scheduledStart: 'tomorrow', scheduledEnd: '2026-12-01T01:30:00Z' }),
    );
    expectProblem(response, 400, 'body.scheduledStart');
  });

  it('unknown fields', async () => {
    const before = await sessionCount();
    const response = await post(
      JSON.stringify({
        scheduledStart: '2026-12-01T01:00:00Z',
        scheduledEnd: '2026-12-01T01:30:00Z',
        status: 'ended',
      }),
    );
    expectProblem(response, 400, 'body.status');
    expect(await sessionCount()).toBe(before);
  });

  it('missing fields', async () => {
    expectProblem(
      await post(JSON.stringify({ scheduledStart: '2026-12-01T01:00:00Z' })),
      400,
      'body.scheduledEnd',
    );
  });

  it('an end before the start breaks a rule of the product', async () => {
    const before = await sessionCount();
    const response = await post(
      JSON.stringify({ scheduledStart: '2026-12-01T02:00:00Z', scheduledEnd: '2026-12-01T01:00:00Z' }),
    );
    expectProblem(response, 422, 'body.scheduledEnd');
    expect(await sessionCount()).toBe(before);
  });

  it('oversized bodies', async () => {
    const before = await sessionCount();
    const huge = JSON.stringify({
      scheduledStart: '2026-12-01T01:00:00Z',
      scheduledEnd: 'x'.repeat(200_000),
    });
    expectProblem(await post(huge), 413, 'body');
    expect(await sessionCount()).toBe(before);
  });

  it('a body that is not JSON', async () => {
    expectProblem(
      await post('scheduledStart=2026', 'application/x-www-form-urlencoded'),
      415,
      'header.content-type',
    );
  });

  it('a malformed path parameter', async () => {
    const response = await app.inject({ url: '/api/v1/sessions/not%20an%20id', headers });
    expectProblem(response, 400, 'path.sessionId');
  });

  it('titles each problem in the language the caller asked for', async () => {
    const ja = await app.inject({
      method: 'POST',
      url,
      headers: {
        ...headers,
        'content-type': 'application/json',
        'accept-language': 'ja-JP,ja;q=0.9,en;q=0.8',
      },
      payload: JSON.stringify({ scheduledStart: 5 }),
    });
    expect(ja.json()).toMatchObject({
      type: 'urn:taiwa:problem:validation',
      title: '入力内容を確認してください',
    });
    const en = await post(JSON.stringify({ scheduledStart: 5 }));
    expect(en.json().title).toBe('Please check what you entered');
    const anonymous = await app.inject({ url: '/api/v1/me', headers: { 'accept-language': 'ja' } });
    expect(anonymous.json()).toMatchObject({ status: 401, title: 'サインインが必要です' });
  });

  it('accepts the same request when it is right', async () => {
    const before = await sessionCount();
    const response = await post(
      JSON.stringify({ scheduledStart: '2026-12-01T01:00:00Z', scheduledEnd: '2026-12-01T01:30:00Z' }),
    );
    expect(response.statusCode).toBe(201);
    expect(await sessionCount()).toBe(before + 1);
  });
});
