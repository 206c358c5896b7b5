import type { FastifyRequest } from 'fastify';

/**
 * How a request appears in the log: its route pattern (`/api/v1/sessions/:id/memos`), never the
 * query's values — `?q=` carries a person's search text. Requests no route matched show their path
 * and the names of their query parameters only.
 */
export function loggedUrl(
  request: Pick<FastifyRequest, 'url'> & { routeOptions?: { url?: string } },
): string {
  const pattern = request.routeOptions?.url;
  if (pattern !== undefined && pattern !== '') return pattern;
  const [path = '', query] = request.url.split('?', 2);
  if (query === undefined) return path;
  const names = [...new URLSearchParams(query).keys()];
  return names.length === 0 ? path : `${path}?${[...new Set(names)].map((name) => `${name}=…`).join('&')}`;
}

/** Pino's `req` serializer: method, route and who connected — no headers, no query values. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggedUrl(request),
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
