import { describe, expect, it, vi } from 'vitest';
import { ApiError, GRAPH_CONSENT_REQUIRED } from './ApiError';
import { createRequest, type DownloadedFile } from './client';

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

  it('sends a text body as it is and answers a file with the name the server suggested', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'PUT'
        ? jsonResponse(200, { state: 'fetched' })
        : new Response('BEGIN:VCALENDAR', {
            status: 200,
            headers: {
              'Content-Type': 'text/calendar',
              'Content-Disposition': 'attachment; filename="1on1.ics"',
            },
          }),
    );
    const request = createRequest({
      getToken: () => 'tok',
      getLocale: () => 'ja',
      onUnauthorized: () => {},
      fetch: fetchMock,
    });

    await request('/sessions/s/transcript', {
      method: 'PUT',
      text: { contentType: 'text/vtt', content: 'WEBVTT' },
    });
    const put = fetchMock.mock.calls[0]?.[1];
    expect(put?.body).toBe('WEBVTT');
    expect(put?.headers).toMatchObject({ 'Content-Type': 'text/vtt', Authorization: 'Bearer tok' });

    const file = await request<DownloadedFile>('/sessions/s/calendar.ics', { file: 'text/calendar' });
    expect(fetchMock.mock.calls[1]?.[1]?.headers).toMatchObject({ Accept: 'text/calendar' });
    expect(file.name).toBe('1on1.ics');
    expect(await file.blob.text()).toBe('BEGIN:VCALENDAR');
  });

  it('keeps the consent details of a graph-consent-required problem', async () => {
    const request = createRequest({
      getToken: () => 'tok',
      getLocale: () => 'en',
      onUnauthorized: () => {},
      fetch: async () =>
        jsonResponse(
          403,
          {
            type: GRAPH_CONSENT_REQUIRED,
            title: 'Consent needed',
            status: 403,
            scopes: ['Calendars.ReadWrite', 42],
            adminConsentRequired: true,
          },
          'application/problem+json',
        ),
    });
    const error = (await request('/sessions/s/next/proposals').catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toMatchObject({
      type: GRAPH_CONSENT_REQUIRED,
      scopes: ['Calendars.ReadWrite'],
      adminConsentRequired: true,
    });
  });
});
