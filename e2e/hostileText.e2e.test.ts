import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../api/src/dev/demoTenant.js';
import { screenshot } from './browser.js';
import { callTaiwa, devToken } from './devApi.js';
import { startTaiwaAndChromium } from './harness.js';
import { signInAs } from './signIn.js';

/** Text people write is shown as text in the tab: never markup, never a script, never a live link. */

let sessionId: string;
const PAYLOADS = {
  theme: '<img src=x onerror="window.__pwned=1">',
  detail: '<script>window.__pwned=2</script> **bold**',
  memo: '[open](javascript:window.__pwned=3) <b>not bold</b>',
};

const taiwa = startTaiwaAndChromium();
let context: BrowserContext;

beforeAll(async () => {
  const token = await devToken(taiwa.url, DEMO_PEOPLE.kenta.id);
  // The 1on1 the meeting view opens for this pair today.
  const { session } = await callTaiwa<{ session: { id: string } }>(
    taiwa.url,
    `/meetings/resolve?pairId=${DEMO_PAIRS[0]?.id}`,
    { token },
  );
  sessionId = session.id;
  await callTaiwa(taiwa.url, `/sessions/${sessionId}/agenda`, {
    token,
    method: 'POST',
    body: { themeText: PAYLOADS.theme, expectedResponseId: 'listen', detail: PAYLOADS.detail },
  });
  await callTaiwa(taiwa.url, `/sessions/${sessionId}/memos`, {
    token,
    method: 'POST',
    body: { kind: 'shared', body: PAYLOADS.memo },
  });
  context = await taiwa.profile({ locale: 'en-US' });
});

async function signedInAs(displayName: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(taiwa.url);
  await signInAs(page, displayName);
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
