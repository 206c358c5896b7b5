import type { FastifyInstance } from 'fastify';
import { bearer } from './demoPeople.js';

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
