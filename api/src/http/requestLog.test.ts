import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../dev/demoTenant.js';
import { devSignIn } from '../testing/demoPeople.js';
import { buildTestApp } from '../testing/testServer.js';
import { loggedUrl } from './requestLog.js';

// Seeded 1on1s of Misaki (manager) and Kenta (member): 0300 ended, 0303 upcoming.
const ENDED = 'de000000-0000-4000-8000-000000000300';
const UPCOMING = 'de000000-0000-4000-8000-000000000303';
const MARKERS = {
  memo: 'MEMO-MARKER-7f3a 私的なメモ',
  impressions: 'IMPRESSION-MARKER-91bc 本音の感想',
  search: 'SEARCH-MARKER-c55e',
  transcript: 'TRANSCRIPT-MARKER-2d08 話した内容',
};

let app: FastifyInstance;
let log = '';
const as = devSignIn(() => app);

beforeAll(async () => {
  app = await buildTestApp({ LOG_LEVEL: 'trace' }, undefined, {
    logStream: new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    }),
  });
});

afterAll(async () => {
  await app.close();
});

describe('what the server log may say about a request', () => {
  it('logs route patterns, or paths with query names only', () => {
    expect(
      loggedUrl({
        url: '/api/v1/pairs/p/history?q=secret',
        routeOptions: { url: '/api/v1/pairs/:pairId/history' },
      }),
    ).toBe('/api/v1/pairs/:pairId/history');
    expect(loggedUrl({ url: '/nowhere?q=secret&q=more&page=2' })).toBe('/nowhere?q=…&page=…');
    expect(loggedUrl({ url: '/nowhere' })).toBe('/nowhere');
  });

  it('never contains memo text, impressions, search text or transcript text', async () => {
    const misaki = DEMO_PEOPLE.misaki.id;
    const kenta = DEMO_PEOPLE.kenta.id;
    const memo = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${UPCOMING}/memos`,
      headers: await as(misaki),
      payload: { kind: 'private', body: MARKERS.memo },
    });
    expect(memo.statusCode).toBe(201);

    const rating = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${ENDED}/rating`,
      headers: await as(kenta),
      payload: { clarity: 4, impressions: MARKERS.impressions, shareImpressions: false, fits: [] },
    });
    expect(rating.statusCode).toBe(201);

    const pair = DEMO_PAIRS[0]?.id;
    for (const url of [
      `/api/v1/pairs/${pair}/history?q=${encodeURIComponent(MARKERS.search)}`,
      `/api/v1/no-such-route?q=${encodeURIComponent(MARKERS.search)}`,
    ]) {
      await app.inject({ url, headers: await as(kenta) });
    }

    const transcript = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${ENDED}/transcript`,
      headers: await as(misaki, { 'content-type': 'text/vtt' }),
      payload: `WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v 田中 健太>${MARKERS.transcript}</v>\n`,
    });
    expect(transcript.statusCode).toBe(200);
    // An invalid memo's text is not echoed into the log either.
    await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${UPCOMING}/memos`,
      headers: await as(misaki),
      payload: { kind: 'nonsense', body: MARKERS.memo },
    });

    expect(log).toContain('/api/v1/sessions/:sessionId/memos');
    expect(log).toContain('/api/v1/pairs/:pairId/history');
    for (const marker of Object.values(MARKERS)) {
      expect(log).not.toContain(marker.split(' ')[0]);
      expect(log).not.toContain(encodeURIComponent(marker.split(' ')[0] ?? ''));
    }
    expect(log).not.toContain('Bearer');
  });
});
