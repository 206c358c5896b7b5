import type { Page } from 'playwright-core';

/**
 * Calls Taiwa's API from inside the page, with the token the signed-in tab holds: what the tab
 * itself could send, for setting up or checking state a test does not drive through the UI.
 */
export async function callApi(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const stored = JSON.parse(sessionStorage.getItem('taiwa.token') ?? '{}') as { accessToken?: string };
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${stored.accessToken}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
    },
    { method, path, body, headers },
  );
}
