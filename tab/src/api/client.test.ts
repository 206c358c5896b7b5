import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { createRequest } from './client';

function jsonResponse(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

describe('createRequest', () => {
  it('sends bearer token and Accept-Language', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse(200, { ok: 1 }),
    );
    const request = createRequest({
      getToken: () => 'tok',
      getLocale: () => 'ja',
      onUnauthorized: () => {},
      fetch: fetchMock,
    });
    await expect(request('/me')).resolves.toEqual({ ok: 1 });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/me');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer tok', 'Accept-Language': 'ja' });
  });

  it('parses problem+json and signals 401', async () => {
    const onUnauthorized = vi.fn();
    const request = createRequest({
      getToken: () => 'tok',
      getLocale: () => 'en',
      onUnauthorized,
      fetch: async () =>
        jsonResponse(
          401,
          { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'expired' },
          'application/problem+json',
        ),
    });
    const error = await request('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'expired',
    });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('keeps field errors and maps network failures to status 0', async () => {
    const request = createRequest({
      getToken: () => null,
      getLocale: () => 'en',
      onUnauthorized: () => {},
      fetch: async () =>
        jsonResponse(400, {
          type: 'x',
          title: 'Bad',
          status: 400,
          errors: [{ field: 'scheduledEnd', message: 'before start' }, { bad: 1 }],
        }),
    });
    const error = (await request('/pairs/p/sessions', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.problem?.errors).toEqual([{ field: 'scheduledEnd', message: 'before start' }]);

    const offline = createRequest({
      getToken: () => null,
      getLocale: () => 'en',
      onUnauthorized: () => {},
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const networkError = (await offline('/me').catch((e: unknown) => e)) as ApiError;
    expect(networkError.isNetworkError).toBe(true);
  });
});
