import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStaticTab } from './staticTab.js';

// A build as tab/vitePlugins/precompress.ts leaves it: hashed assets with .br/.gz copies and maps,
// unhashed index.html, a file too small to be worth compressing, and build metadata in dot files.
const INDEX = `<!doctype html><html lang="en"><head><title>Taiwa</title><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(40)}</body></html>`;
const SCRIPT = `export const greeting = ${JSON.stringify('こんにちは、'.repeat(200))};\n`;
const MAP = JSON.stringify({ version: 3, sources: ['../../src/main.tsx'], mappings: 'AAAA' });
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg"/>';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP request: fetch would decode the body and hide what went over the wire. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function writeBuild(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await mkdir(path.join(dir, '.vite'), { recursive: true });
  const compressed = async (file: string, content: string) => {
    await writeFile(path.join(dir, file), content);
    await writeFile(path.join(dir, `${file}.br`), brotliCompressSync(content));
    await writeFile(path.join(dir, `${file}.gz`), gzipSync(content));
  };
  await compressed('index.html', INDEX);
  await compressed('assets/index-AbC123.js', SCRIPT);
  await writeFile(path.join(dir, 'assets/index-AbC123.js.map'), MAP);
  await writeFile(path.join(dir, 'favicon.svg'), FAVICON);
  await writeFile(path.join(dir, '.vite/manifest.json'), '{}');
  await writeFile(path.join(dir, '.build-inputs.json'), '{"inputs":"x"}');
}

interface Served {
  app: FastifyInstance;
  url: string;
}

/**
 * The static plugin as server.ts wires it (pages fall back to index.html), on a real socket; the
 * whole server's use of it is covered by serverBasics.test.ts.
 */
async function serve(sourceMaps: boolean): Promise<Served> {
  const app = Fastify();
  const tab = await registerStaticTab(app, { dir, sourceMaps });
  app.setNotFoundHandler((request, reply) => {
    if (tab?.isPageRequest(request)) return tab.sendIndex(request, reply);
    return reply.code(404).send({ status: 404 });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
}

let dir: string;
let production: Served;
let withMaps: Served;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'taiwa-static-'));
  await writeBuild(dir);
  production = await serve(false);
  withMaps = await serve(true);
});
afterAll(async () => {
  await Promise.all([production?.app.close(), withMaps?.app.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('the built tab over HTTP', () => {
  it('sends the brotli copy to a browser that accepts it, with its own length and Vary', async () => {
    const res = await get(`${production.url}/assets/index-AbC123.js`, {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client that only takes gzip, and follows q-values', async () => {
    const gzip = await get(`${production.url}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const preferred = await get(`${production.url}/assets/index-AbC123.js`, {
      'accept-encoding': 'br;q=0.4, gzip;q=0.9',
    });
    expect(preferred.headers['content-encoding']).toBe('gzip');
    const refused = await get(`${production.url}/assets/index-AbC123.js`, {
      'accept-encoding': 'br;q=0, gzip;q=0',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);
  });

  it('sends the plain bytes when the client names no coding it can decode', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'deflate' },
    ];
    for (const headers of cases) {
      const res = await get(`${production.url}/assets/index-AbC123.js`, headers);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT));
      expect(res.body.toString()).toBe(SCRIPT);
    }
  });

  it('caches hashed assets for a year and revalidates index.html and other unhashed files', async () => {
    const asset = await get(`${production.url}/assets/index-AbC123.js`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/favicon.svg']) {
      const res = await get(`${production.url}${url}`, { 'accept-encoding': 'gzip, br' });
      expect(res.status, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers.etag, url).toMatch(/^"[^"]+"$/);
    }
    const favicon = await get(`${production.url}/favicon.svg`, { 'accept-encoding': 'gzip, br' });
    // Too small to have compressed copies: nothing to negotiate.
    expect(favicon.headers['content-encoding']).toBeUndefined();
    expect(favicon.headers.vary).toBeUndefined();
    expect(favicon.headers['content-type']).toBe('image/svg+xml');
  });

  it('answers a revalidation with 304 and no body, per representation', async () => {
    const first = await get(`${production.url}/`, { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    const again = await get(`${production.url}/`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');
    // The page routes serve the same index.html, so the same validator holds.
    const page = await get(`${production.url}/meeting?x=1`, {
      accept: 'text/html',
      'accept-encoding': 'br',
      'if-none-match': `W/"other", ${etag}`,
    });
    expect(page.status).toBe(304);
    // A gzip copy is another representation with another tag: a brotli tag does not validate it.
    const gzip = await get(`${production.url}/`, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.etag).not.toBe(etag);
    expect(gunzipSync(gzip.body).toString()).toBe(INDEX);
    const changed = await get(`${production.url}/`, { 'accept-encoding': 'br', 'if-none-match': '"stale"' });
    expect(changed.status).toBe(200);
    expect(brotliDecompressSync(changed.body).toString()).toBe(INDEX);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await get(`${production.url}/assets/index-AbC123.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    expect(res.body.length).toBe(0);
  });

  it('keeps source maps private unless configured, and never serves build metadata', async () => {
    const hidden = await get(`${production.url}/assets/index-AbC123.js.map`);
    expect(hidden.status).toBe(404);
    const script = await get(`${production.url}/assets/index-AbC123.js`);
    expect(script.headers.sourcemap).toBeUndefined();

    const shown = await get(`${withMaps.url}/assets/index-AbC123.js.map`);
    expect(shown.status).toBe(200);
    expect(shown.body.toString()).toBe(MAP);
    const pointed = await get(`${withMaps.url}/assets/index-AbC123.js`);
    expect(pointed.headers.sourcemap).toBe('/assets/index-AbC123.js.map');

    for (const url of [
      '/.vite/manifest.json',
      '/.build-inputs.json',
      '/index.html.br',
      '/assets/index-AbC123.js.gz',
    ]) {
      expect((await get(`${withMaps.url}${url}`)).status, url).toBe(404);
    }
  });
});
