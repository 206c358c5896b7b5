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
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, for the few bodies that are not JSON (a WebVTT transcript). */
  text?: { contentType: string; content: string };
  /** A file rather than JSON (the .ics, the CSV): asked for with this Accept, answered as a DownloadedFile. */
  file?: string;
  /** Skip the Authorization header (client-config, dev sign-in). */
  anonymous?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. If-Match for versioned writes. */
  headers?: Record<string, string>;
}

/** A file the API answered with, and the name it suggested (Content-Disposition). */
export interface DownloadedFile {
  blob: Blob;
  name: string | null;
}

/** Hands a downloaded file to the browser, as a link the person clicked would. */
export function saveFile(file: DownloadedFile, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name ?? fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ApiRequest = <T>(path: string, options?: RequestOptions) => Promise<T>;

/** A fetch wrapper for /api/v1 that adds auth and language and turns failures into ApiError. */
export function createRequest(options: ApiClientOptions): ApiRequest {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  return async <T>(path: string, request: RequestOptions = {}): Promise<T> => {
    const headers: Record<string, string> = {
      ...request.headers,
      Accept: request.file ?? 'application/json',
      'Accept-Language': options.getLocale(),
    };
    const token = request.anonymous ? null : options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    if (request.text !== undefined) headers['Content-Type'] = request.text.contentType;

    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: request.method ?? 'GET',
        headers,
        body:
          request.text?.content ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
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
    if (request.file !== undefined) {
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null;
      const file: DownloadedFile = { blob: await response.blob(), name };
      return file as T;
    }
    // The server is the contract's owner; we trust its shapes rather than re-validating here.
    return (await response.json()) as T;
  };
}
