import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ContentCoding, negotiateContentCoding } from './contentEncoding.js';

/** Vite puts every content-hashed file under assets/: a new build gives them new names. */
const HASHED_DIR = 'assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files (index.html, favicon.svg) are revalidated on every use: a deploy is seen at once, and the ETag makes that a 304. */
const REVALIDATE = 'no-cache';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSED_SUFFIX: Readonly<Record<Exclude<ContentCoding, 'identity'>, string>> = {
  br: '.br',
  gzip: '.gz',
};

interface Variant {
  body: Buffer;
  etag: string;
}

/** One servable file with its precompressed copies (tab/vitePlugins/precompress.ts). */
interface StaticAsset {
  contentType: string;
  cacheControl: string;
  variants: Map<ContentCoding, Variant>;
  /** The map a browser's developer tools may fetch, when maps are served. */
  sourceMap: string | null;
}

export interface StaticTabOptions {
  /** The built tab (tab/dist). */
  dir: string;
  /** Serve `*.map` (and point scripts at them). Off in production: maps publish the whole client source. */
  sourceMaps: boolean;
}

export interface StaticTab {
  /** A browser asking for one of the tab's pages (`/meeting`, `/config`…), which index.html routes. */
  isPageRequest(request: FastifyRequest): boolean;
  sendIndex(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    // Dot files are build metadata (`.vite/manifest.json`, `.build-inputs.json`), not for browsers.
    if (entry.name.startsWith('.')) continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

function strongEtag(content: Buffer, coding: ContentCoding): string {
  const digest = createHash('sha256').update(content).digest('base64url').slice(0, 27);
  // Each coding is its own representation, so it has its own validator (RFC 9110 §8.8.3).
  return coding === 'identity' ? `"${digest}"` : `"${digest}-${coding}"`;
}

/**
 * Reads the whole build into memory once: the tab is a few hundred kilobytes, every request is then
 * a lookup, and a rebuild on disk while the server runs can never mix two builds in one page.
 */
async function loadAssets(options: StaticTabOptions): Promise<Map<string, StaticAsset>> {
  const files = new Set(await listFiles(options.dir));
  const assets = new Map<string, StaticAsset>();
  for (const file of files) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    if (file.endsWith('.map') && !options.sourceMaps) continue;
    const body = await readFile(path.join(options.dir, file));
    const variants = new Map<ContentCoding, Variant>([
      ['identity', { body, etag: strongEtag(body, 'identity') }],
    ]);
    for (const [coding, suffix] of Object.entries(COMPRESSED_SUFFIX) as Array<[ContentCoding, string]>) {
      if (!files.has(file + suffix)) continue;
      variants.set(coding, {
        body: await readFile(path.join(options.dir, file + suffix)),
        etag: strongEtag(body, coding),
      });
    }
    const map = `${file}.map`;
    assets.set(`/${file}`, {
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      cacheControl: file.startsWith(HASHED_DIR) ? IMMUTABLE : REVALIDATE,
      variants,
      sourceMap: options.sourceMaps && files.has(map) ? `/${map}` : null,
    });
  }
  return assets;
}

/** RFC 9110 §13.1.2: weak comparison, any listed tag or `*`. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: StaticAsset): FastifyReply {
  const available = new Set(asset.variants.keys());
  const coding = negotiateContentCoding(request.headers['accept-encoding'], available);
  const variant = asset.variants.get(coding) ?? asset.variants.get('identity');
  if (variant === undefined) throw new Error('a static asset always has its identity variant');
  reply.header('cache-control', asset.cacheControl).header('etag', variant.etag);
  // The answer depends on Accept-Encoding only when there is more than one coding to choose from.
  if (available.size > 1) reply.header('vary', 'accept-encoding');
  if (asset.sourceMap !== null) reply.header('sourcemap', asset.sourceMap);
  if (matchesIfNoneMatch(request.headers['if-none-match'], variant.etag)) return reply.code(304).send();
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return reply
    .type(asset.contentType)
    .header('content-length', String(variant.body.length))
    .send(variant.body);
}

/**
 * Serves the built tab from memory: brotli or gzip as the browser accepts, hashed assets cached
 * for a year, index.html and other unhashed files revalidated with an ETag. Any other GET for a
 * page (`/meeting`, `/config`, …) gets index.html and the tab routes it. Null when there is no build.
 */
export async function registerStaticTab(
  app: FastifyInstance,
  options: StaticTabOptions,
): Promise<StaticTab | null> {
  if (!existsSync(path.join(options.dir, 'index.html'))) {
    app.log.warn({ tabDistDir: options.dir }, 'no built tab found; run `npm run build` to serve it');
    return null;
  }
  const assets = await loadAssets(options);
  const index = assets.get('/index.html');
  if (index === undefined) throw new Error(`${options.dir}/index.html vanished while loading the tab`);

  for (const [url, asset] of assets) {
    // GET only: Fastify answers HEAD from the same handler, with the headers and without the body.
    app.get(url, { schema: { hide: true } }, (request, reply) => sendAsset(request, reply, asset));
  }
  app.get('/', { schema: { hide: true } }, (request, reply) => sendAsset(request, reply, index));

  return {
    isPageRequest(request) {
      const pathname = request.url.split('?')[0] ?? '';
      return (
        request.method === 'GET' &&
        !pathname.startsWith('/api/') &&
        !path.extname(pathname) &&
        (request.headers.accept ?? '').includes('text/html')
      );
    },
    sendIndex: (request, reply) => sendAsset(request, reply, index),
  };
}
