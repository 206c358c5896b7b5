import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../api/src/dev/demoTenant.js';
import { launchBrowser, newContext, screenshot } from './browser.js';
import { type RunningTaiwa, startTaiwa } from './server.js';

/** Text people write is shown as text in the tab: never markup, never a script, never a live link. */

let sessionId: string;
const PAYLOADS = {
  theme: '<img src=x onerror="window.__pwned=1">',
  detail: '<script>window.__pwned=2</script> **bold**',
  memo: '[open](javascript:window.__pwned=3) <b>not bold</b>',
};

let taiwa: RunningTaiwa;
let browser: Browser;
let context: BrowserContext;

async function call(token: string, method: string, url: string, body: unknown): Promise<number> {
  const response = await fetch(`${taiwa.url}/api/v1${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status;
}

beforeAll(async () => {
  [taiwa, browser] = await Promise.all([startTaiwa(), launchBrowser()]);
  const tokenResponse = await fetch(`${taiwa.url}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: DEMO_PEOPLE.kenta.id }),
  });
  const { accessToken } = (await tokenResponse.json()) as { accessToken: string };
  // The 1on1 the meeting view opens for this pair today.
  const resolved = await fetch(`${taiwa.url}/api/v1/meetings/resolve?pairId=${DEMO_PAIRS[0]?.id}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  sessionId = ((await resolved.json()) as { session: { id: string } }).session.id;
  expect(
    await call(accessToken, 'POST', `/sessions/${sessionId}/agenda`, {
      themeText: PAYLOADS.theme,
      expectedResponseId: 'listen',
      detail: PAYLOADS.detail,
    }),
  ).toBe(201);
  expect(
    await call(accessToken, 'POST', `/sessions/${sessionId}/memos`, { kind: 'shared', body: PAYLOADS.memo }),
  ).toBe(201);
  context = await newContext(browser, { locale: 'en-US' });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await taiwa?.close();
});

async function signedInAs(displayName: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(taiwa.url);
  await page
    .getByTestId(/^dev-user-/)
    .filter({ has: page.getByText(displayName, { exact: true }) })
    .click();
  await page.goto(`${taiwa.url}${path}`);
  return page;
}

async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src]), a[href^="javascript:"]').count()).toBe(0);
}

describe('hostile text in the tab', () => {
  it('shows the agenda item’s theme and detail as written on the prepare page', async () => {
    const page = await signedInAs(DEMO_PEOPLE.misaki.displayName, `/sessions/${sessionId}/prepare`);
    await page.getByText(PAYLOADS.theme, { exact: true }).first().waitFor();
    await page.getByText(PAYLOADS.detail, { exact: true }).first().waitFor();
    await expectInert(page);
    await screenshot(page, 'hostile-text-prepare');
  });

  it('shows the memo as written in the meeting view', async () => {
    const page = await signedInAs(DEMO_PEOPLE.misaki.displayName, '/meeting');
    await page.getByRole('button', { name: /^田中 健太 \(your member\)$/ }).click();
    await page.getByTestId('shared-memo-body').filter({ hasText: PAYLOADS.memo }).first().waitFor();
    await expectInert(page);
    await screenshot(page, 'hostile-text-meeting');
  });
});
