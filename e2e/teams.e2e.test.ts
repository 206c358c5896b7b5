import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { hostCalls, waitForHostCall } from './host/fakeHost.js';
import { type FakeHostOptions, openInFakeTeams, sendToTab } from './host/teamsHost.js';

const taiwa = startTaiwaAndChromium();

/** The tab in a fake Teams web client of `width` px, in a fresh profile whose browser says English. */
async function inFakeTeams(width: number, host: FakeHostOptions) {
  const page = await (await taiwa.profile({ locale: 'en-US', width, height: 800 })).newPage();
  return { page, frame: await openInFakeTeams(page, taiwa.url, host) };
}

describe('inside a Microsoft host (fake Teams web client)', { timeout: 60_000 }, () => {
  it('takes locale and theme from the host, follows theme changes and reports success', async () => {
    // The browser says English; the host says Japanese, and the host wins.
    const { page, frame } = await inFakeTeams(320, {
      locale: 'ja-jp',
      theme: 'dark',
      frameContext: 'sidePanel',
      tabPath: '/',
    });
    await frame.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    expect(await frame.locator('html').getAttribute('lang')).toBe('ja');
    expect(await frame.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    await waitForHostCall(page, 'appInitialization.success');
    await screenshot(page, 'teams-sidepanel-ja-dark');

    await sendToTab(page, 'themeChange', ['contrast']);
    await frame.locator('[data-theme="contrast"]').first().waitFor();

    const funcs = (await hostCalls(page)).map((c) => c.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs.filter((f) => f === 'appInitialization.success')).toHaveLength(1);
  });

  it('enables Save on the config page and saves the meeting tab', async () => {
    const { page, frame } = await inFakeTeams(600, {
      locale: 'en-us',
      theme: 'default',
      frameContext: 'settings',
      tabPath: '/config',
    });
    await frame.getByRole('heading', { level: 1, name: 'Add Taiwa to this meeting' }).waitFor();
    await waitForHostCall(page, 'settings.setValidityState');
    await sendToTab(page, 'settings.save', [{}]);
    await waitForHostCall(page, 'settings.save.success');
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
