import { ApiError, toProblem } from './ApiError';

export interface ApiClientOptions {
  /** Current bearer token, or null when the call needs none. */
  getToken(): string | null;
  /** Active UI locale, sent as Accept-Language so server-made text matches the UI. */
  getLocale(): string;
  /** Called when an authenticated call answers 401, so the app can return to sign-in. */
  onUnauthorized(): void;
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Skip the Authorization header (client-config, dev sign-in). */
  anonymous?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. If-Match for versioned writes. */
  headers?: Record<string, string>;
}

export type ApiRequest = <T>(path: string, options?: RequestOptions) => Promise<T>;

/** A fetch wrapper for /api/v1 that adds auth and language and turns failures into ApiError. */
export function createRequest(options: ApiClientOptions): ApiRequest {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  return async <T>(path: string, request: RequestOptions = {}): Promise<T> => {
    const headers: Record<string, string> = {
      ...request.headers,
      Accept: 'application/json',
      'Accept-Language': options.getLocale(),
    };
    const token = request.anonymous ? null : options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: request.method ?? 'GET',
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, null, error instanceof Error ? error.message : String(error));
    }

    if (!response.ok) {
      const body: unknown = await response.json().catch(() => null);
      const apiError = new ApiError(response.status, toProblem(body, response.status));
      if (response.status === 401 && !request.anonymous) options.onUnauthorized();
      throw apiError;
    }
    if (response.status === 204) return undefined as T;
    // The server is the contract's owner; we trust its shapes rather than re-validating here.
    return (await response.json()) as T;
  };
}
