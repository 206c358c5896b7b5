import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { expectNoHorizontalScroll, heading1 } from './pageChecks.js';
import { signInAs } from './signIn.js';

const taiwa = startTaiwaAndChromium();

/** Waits until every pair's session list has settled (loaded, empty or failed). */
async function waitForSessions(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[role="progressbar"]').length === 0);
}

describe('dev sign-in and My 1on1s', { timeout: 60_000 }, () => {
  it('signs a member in (English, desktop, light) and shows their pair', async () => {
    const { page, errors } = await taiwa.open({ locale: 'en-US', width: 1280, colorScheme: 'light' });
    await heading1(page, 'Sign in').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId(/^dev-user-/).count()).toBe(6);
    await screenshot(page, 'signin-en-1280-light');

    await signInAs(page, 'Emily Clark');
    await heading1(page, 'My 1on1s').waitFor();
    const pair = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: '1on1 with 佐藤 美咲' }),
    });
    await pair.waitFor();
    expect(await page.getByTestId('pair-title').count()).toBe(1);
    expect(await pair.getByTestId('pair-role').textContent()).toBe('You are the member');
    expect(await pair.getByTestId('pair-next').textContent()).toContain('Next 1on1');
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('Emily Clark');
    await waitForSessions(page);
    await screenshot(page, 'home-en-1280-light');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the Japanese UI to a Japanese member in the 280 px side panel (dark)', async () => {
    const { page, errors } = await taiwa.open({
      locale: 'ja-JP',
      width: 280,
      height: 900,
      colorScheme: 'dark',
    });
    await heading1(page, 'サインイン').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'signin-ja-280-dark');

    await signInAs(page, '田中 健太');
    await heading1(page, 'わたしの1on1').waitFor();
    const title = page.getByRole('heading', { name: '佐藤 美咲さんとの1on1' });
    await title.waitFor();
    expect(await page.getByTestId('pair-role').textContent()).toBe('あなたは部下');
    expect(await page.getByTestId('pair-next').textContent()).toContain('次回の1on1');
    expect(await page.getByTestId('pair-last').textContent()).toContain('前回の1on1');
    await waitForSessions(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'home-ja-280-dark');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a manager both members, operated by keyboard only (Japanese, desktop, dark)', async () => {
    const { page, errors } = await taiwa.open({ locale: 'ja-JP', width: 1280, colorScheme: 'dark' });
    await heading1(page, 'サインイン').waitFor();
    // Tab to 佐藤 美咲's card and press Enter: sign-in must not need a mouse.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes('佐藤 美咲')) break;
    }
    await page.keyboard.press('Enter');
    await heading1(page, 'わたしの1on1').waitFor();
    await page.getByRole('heading', { name: '田中 健太さんとの1on1' }).waitFor();
    await page.getByRole('heading', { name: 'Emily Clarkさんとの1on1' }).waitFor();
    expect(await page.getByTestId('pair-role').allTextContents()).toEqual(['あなたは上司', 'あなたは上司']);
    await waitForSessions(page);
    await screenshot(page, 'home-ja-1280-dark');
    expect(errors).toEqual([]);
  });

  it('keeps the language choice and the sign-in across a reload, and switches user', async () => {
    const { page } = await taiwa.open({ locale: 'en-US', width: 280, colorScheme: 'light' });
    await signInAs(page, 'David Miller');
    await heading1(page, 'My 1on1s').waitFor();
    await page.getByTestId('language-switch').click();
    await heading1(page, 'わたしの1on1').waitFor();
    await page.getByRole('heading', { name: '鈴木 花子さんとの1on1' }).waitFor();

    await page.reload();
    await heading1(page, 'わたしの1on1').waitFor();
    await waitForSessions(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'home-ja-280-light');

    await page.getByTestId('switch-user').click();
    await heading1(page, 'サインイン').waitFor();
    await page.getByTestId('language-switch').click();
    await heading1(page, 'Sign in').waitFor();
  });

  it('sends the user back to sign-in when the API answers 401', async () => {
    const { page } = await taiwa.open({ locale: 'en-US' });
    await heading1(page, 'Sign in').waitFor();
    await page.evaluate(() =>
      sessionStorage.setItem(
        'taiwa.token',
        JSON.stringify({ accessToken: 'forged', expiresAt: Date.now() + 3_600_000 }),
      ),
    );
    await page.reload();
    await heading1(page, 'Sign in').waitFor();
    await page.getByText('Your sign-in has expired. Please sign in again.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('taiwa.token'))).toBeNull();
  });

  it('explains /config outside Teams and asks which 1on1 to open on /meeting', async () => {
    const { page, errors } = await taiwa.open({ locale: 'en-US', width: 280 }, '/config');
    await heading1(page, 'Add Taiwa to this meeting').waitFor();
    await page.getByText('This page is used by Microsoft Teams').waitFor();
    await screenshot(page, 'config-en-280-light');

    await page.goto(`${taiwa.url}/meeting`);
    await signInAs(page, 'Emily Clark');
    await heading1(page, 'Who is this 1on1 with?').waitFor();
    await page.getByRole('button', { name: '佐藤 美咲 (your manager)' }).waitFor();
    await page.goto(`${taiwa.url}/`);
    await heading1(page, 'My 1on1s').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });
});
