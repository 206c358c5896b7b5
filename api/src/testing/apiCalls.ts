import type { FastifyInstance } from 'fastify';
import { bearer } from './demoPeople.js';
import { readJson } from './json.js';
import type { TestServer } from './testServer.js';

/**
 * Calls `/api/v1<url>` as the token's holder, with a JSON body and If-Match when given. `app` is
 * asked for at each call, so the caller may be made before the server is built.
 */
export function apiCaller(app: () => FastifyInstance) {
  return (
    token: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    ifMatch?: string,
  ) =>
    app().inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...bearer(token), ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
}

/**
 * The same over real HTTP, to a test server listening on loopback (for tests that also hold event
 * streams open): the status, the ETag and the JSON answer (null for 204).
 */
export function httpApiCaller(server: () => TestServer) {
  return async (token: string, method: string, path: string, body?: unknown, ifMatch?: string) => {
    const headers: Record<string, string> = bearer(token);
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (ifMatch !== undefined) headers['if-match'] = ifMatch;
    const response = await fetch(`${server().url}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = response.status === 204 ? null : await readJson(response);
    return { status: response.status, etag: response.headers.get('etag'), json };
  };
}
