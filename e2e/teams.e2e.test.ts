import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './browser.js';
import { type RunningTaiwa, startTaiwa } from './server.js';
import { openInFakeTeams } from './teamsHost.js';

let taiwa: RunningTaiwa;
let browser: Browser;

beforeAll(async () => {
  [taiwa, browser] = await Promise.all([startTaiwa(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await taiwa?.close();
});

async function tabFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#tab');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('tab iframe has no frame');
  return frame;
}

function hostCalls(page: Page): Promise<Array<{ func: string; args: unknown[] }>> {
  return page.evaluate(
    () => (window as unknown as { hostCalls: Array<{ func: string; args: unknown[] }> }).hostCalls,
  );
}

describe('inside a Microsoft host (fake Teams web client)', { timeout: 60_000 }, () => {
  it('takes locale and theme from the host, follows theme changes and reports success', async () => {
    // The browser says English; the host says Japanese, and the host wins.
    const context = await newContext(browser, { locale: 'en-US', width: 320, height: 800 });
    const page = await context.newPage();
    await openInFakeTeams(page, taiwa.url, {
      locale: 'ja-jp',
      theme: 'dark',
      frameContext: 'sidePanel',
      tabPath: '/',
    });
    const frame = await tabFrame(page);
    await frame.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(await frame.locator('html').getAttribute('lang')).toBe('ja');
    expect(await frame.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    await page.waitForFunction(() =>
      (window as unknown as { hostCalls: Array<{ func: string }> }).hostCalls.some(
        (c) => c.func === 'appInitialization.success',
      ),
    );
    await screenshot(page, 'teams-sidepanel-ja-dark');

    await page.evaluate(() =>
      (window as unknown as { sendToTab(f: string, a: unknown[]): void }).sendToTab('themeChange', [
        'contrast',
      ]),
    );
    await frame.locator('[data-theme="contrast"]').first().waitFor();

    const funcs = (await hostCalls(page)).map((c) => c.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs.filter((f) => f === 'appInitialization.success')).toHaveLength(1);
  });

  it('enables Save on the config page and saves the meeting tab', async () => {
    const context = await newContext(browser, { locale: 'en-US', width: 600 });
    const page = await context.newPage();
    await openInFakeTeams(page, taiwa.url, {
      locale: 'en-us',
      theme: 'default',
      frameContext: 'settings',
      tabPath: '/config',
    });
    const frame = await tabFrame(page);
    await frame.getByRole('heading', { level: 1, name: 'Add Taiwa to this meeting' }).waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { hostCalls: Array<{ func: string }> }).hostCalls.some(
        (c) => c.func === 'settings.setValidityState',
      ),
    );
    await page.evaluate(() =>
      (window as unknown as { sendToTab(f: string, a: unknown[]): void }).sendToTab('settings.save', [{}]),
    );
    await page.waitForFunction(() =>
      (window as unknown as { hostCalls: Array<{ func: string }> }).hostCalls.some(
        (c) => c.func === 'settings.save.success',
      ),
    );
    const calls = await hostCalls(page);
    expect(calls.find((c) => c.func === 'settings.setValidityState')?.args).toEqual([true]);
    expect(calls.find((c) => c.func === 'settings.setSettings')?.args).toEqual([
      {
        contentUrl: `${taiwa.url}/meeting`,
        websiteUrl: `${taiwa.url}/`,
        entityId: 'taiwa-meeting',
        suggestedDisplayName: 'Taiwa',
      },
    ]);
  });
});
