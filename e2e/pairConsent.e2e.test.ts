import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { collectPageErrors, launchBrowser, newContext, screenshot } from './browser.js';
import { type RunningTaiwa, startTaiwa } from './server.js';

/** David names himself Kenta's manager; Kenta sees the request on My 1on1s and confirms it. */
const DAVID = 'de000000-0000-4000-8000-000000000104';
const KENTA = 'de000000-0000-4000-8000-000000000102';

let taiwa: RunningTaiwa;
let browser: Browser;

beforeAll(async () => {
  [taiwa, browser] = await Promise.all([startTaiwa(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await taiwa?.close();
});

async function api<T>(path: string, init: { token?: string; method?: string; body?: unknown } = {}) {
  const response = await fetch(`${taiwa.url}/api/v1${path}`, {
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

const tokenFor = async (userId: string) =>
  (await api<{ accessToken: string }>('/dev/token', { method: 'POST', body: { userId } })).accessToken;

describe('a manager request the member answers', { timeout: 90_000 }, () => {
  it('shows Kenta the request in Japanese, and after he confirms, the pair', async () => {
    const pair = await api<{ id: string; status: string }>('/pairs', {
      token: await tokenFor(DAVID),
      method: 'POST',
      body: { managerId: DAVID, memberId: KENTA },
    });
    expect(pair.status).toBe('pending');

    const context = await newContext(browser, { locale: 'ja-JP', width: 1280, colorScheme: 'light' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(taiwa.url);
    await page
      .getByTestId(/^dev-user-/)
      .filter({ has: page.getByText('田中 健太', { exact: true }) })
      .click();
    const request = page.getByTestId('pair-pending');
    await request.waitFor();
    expect(await request.textContent()).toContain('David Millerさんが、あなたの上司として登録を求めています');
    await screenshot(page, 'pair-request-ja-1280-light');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await request.getByTestId('pair-confirm').click();
    await page.getByTestId(`pair-${pair.id}`).waitFor();
    expect(await page.getByTestId('pair-pending').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
