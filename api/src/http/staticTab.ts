import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built tab. Hashed assets are cached for a year; index.html never, so a deploy is seen at
 * once. Any other GET for a page (`/meeting`, `/config`, …) gets index.html and the tab routes it.
 */
export async function registerStaticTab(app: FastifyInstance, tabDistDir: string): Promise<boolean> {
  if (!existsSync(path.join(tabDistDir, 'index.html'))) {
    app.log.warn({ tabDistDir }, 'no built tab found; run `npm run build` to serve it');
    return false;
  }
  await app.register(fastifyStatic, {
    root: tabDistDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders(res, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  return true;
}

export function isPageRequest(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0] ?? '';
  return (
    request.method === 'GET' &&
    !pathname.startsWith('/api/') &&
    !path.extname(pathname) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export function sendIndex(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .sendFile('index.html', { cacheControl: false });
}
