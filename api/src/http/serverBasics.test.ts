import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/testServer.js';

let app: FastifyInstance;
let tabDir: string;

beforeAll(async () => {
  tabDir = await mkdtemp(path.join(tmpdir(), 'taiwa-tab-'));
  await writeFile(
    path.join(tabDir, 'index.html'),
    '<!doctype html><title>Taiwa</title><div id="root"></div>',
  );
  app = await buildTestApp({ TAB_DIST_DIR: tabDir });
});
afterAll(async () => {
  await app.close();
  await rm(tabDir, { recursive: true, force: true });
});

describe('the server', () => {
  it('answers health and readiness without a token', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('lets only Microsoft hosts and itself frame the tab', async () => {
    const response = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    const ancestors = csp.split('; ').find((directive) => directive.startsWith('frame-ancestors '));
    expect(ancestors?.split(' ').slice(1).sort()).toEqual(
      [
        "'self'",
        'https://*.cloud.microsoft',
        'https://*.microsoft365.com',
        'https://*.office.com',
        'https://*.teams.microsoft.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
        'https://teams.microsoft.com',
      ].sort(),
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeUndefined();
  });

  it('serves the tab for its own routes (SPA fallback) but a problem for unknown API paths', async () => {
    const page = await app.inject({ url: '/meeting?x=1', headers: { accept: 'text/html,*/*' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['cache-control']).toBe('no-cache');
    const api = await app.inject({ url: '/api/v1/nothing-here', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
    const asset = await app.inject({ url: '/assets/missing.js' });
    expect(asset.statusCode).toBe(404);
  });

  it('echoes a request id, or makes one', async () => {
    expect(
      (await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id'],
    ).toBe('abc-123');
    expect((await app.inject({ url: '/healthz' })).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells the tab how to sign in', async () => {
    expect((await app.inject({ url: '/api/v1/client-config' })).json()).toEqual({
      authMode: 'dev',
      entra: null,
    });
  });

  it('describes every route it serves in its OpenAPI document', async () => {
    const document = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(document.openapi).toMatch(/^3\./);
    for (const route of [
      '/api/v1/me',
      '/api/v1/catalog',
      '/api/v1/pairs',
      '/api/v1/pairs/{pairId}/sessions',
      '/api/v1/sessions/{sessionId}',
    ]) {
      expect(Object.keys(document.paths)).toContain(route);
    }
    expect(document.paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
  });

  it('serves the catalog in Japanese and English', async () => {
    const token = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/dev/token',
        payload: { userId: 'de000000-0000-4000-8000-000000000102' },
      })
    ).json().accessToken;
    const catalog = (
      await app.inject({ url: '/api/v1/catalog', headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(catalog.themes).toHaveLength(8);
    expect(catalog.expectedResponses.map((entry: { id: string }) => entry.id)).toEqual([
      'listen',
      'think_together',
      'advice',
      'opinion',
      'report',
      'decision',
    ]);
    expect(catalog.diceFaces).toHaveLength(6);
    for (const entry of [...catalog.themes, ...catalog.expectedResponses, ...catalog.diceFaces]) {
      expect(entry.label.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(entry.label.en).toMatch(/^[A-Z]/);
    }
  });
});
