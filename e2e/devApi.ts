/**
 * Calls Taiwa's API from the test process rather than from a page: for setting up state before a
 * browser is open. Fails with the path, status and answer unless Taiwa answers 2xx.
 */
export async function callTaiwa<T>(
  baseUrl: string,
  path: string,
  init: { token?: string; method?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An access token for a demo person from dev mode's token endpoint, as the dev sign-in gets one. */
export async function devToken(baseUrl: string, userId: string): Promise<string> {
  const { accessToken } = await callTaiwa<{ accessToken: string }>(baseUrl, '/dev/token', {
    method: 'POST',
    body: { userId },
  });
  return accessToken;
}
