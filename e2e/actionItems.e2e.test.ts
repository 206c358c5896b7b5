import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, newContext } from './browser.js';
import { scheduleOneOnOneSoon } from './oneOnOneSoon.js';
import { type RunningTaiwa, startTaiwa } from './server.js';
import { callApi } from './tabApi.js';

let taiwa: RunningTaiwa;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [taiwa, browser] = await Promise.all([startTaiwa(), launchBrowser()]);
  await scheduleOneOnOneSoon(taiwa.url);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await taiwa?.close();
});

async function openSidePanel(displayName: string, other: string, locale: string) {
  const context = await newContext(browser, { locale, width: 280, height: 1600 });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${taiwa.url}/meeting`);
  await page
    .getByTestId(/^dev-user-/)
    .filter({ has: page.getByText(displayName, { exact: true }) })
    .click();
  await page.getByRole('button', { name: new RegExp(`^${other}`) }).click();
  await page.getByTestId('side-panel').waitFor();
  await page.getByTestId('meeting-connection').waitFor({ state: 'detached' });
  await page.getByTestId('action-items-section').waitFor();
  return { page, errors };
}

/** The action items as the API gives them to whoever is signed in on `page`. */
async function listedBy(page: Page): Promise<Array<{ text: string; done: boolean; overdue: boolean }>> {
  const sessionId = await page.getByTestId('side-panel').getAttribute('data-session-id');
  const listed = await callApi(page, 'GET', `/sessions/${sessionId}/action-items`);
  return (listed.body as { items: Array<{ text: string; done: boolean; overdue: boolean }> }).items;
}

describe('action items in two windows', { timeout: 120_000 }, () => {
  it('one agrees an action item, the other checks it off, and both see it done', async () => {
    const manager = await openSidePanel('佐藤 美咲', '田中 健太', 'en-US');
    const member = await openSidePanel('田中 健太', '佐藤 美咲', 'ja-JP');

    // The manager writes it in the wrap-up, for the member, due yesterday.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const form = manager.page.getByTestId('action-item-form');
    await form.getByRole('textbox', { name: /What is to be done/ }).fill('Send the training application');
    await manager.page.getByTestId('action-item-owner').click();
    await manager.page.getByRole('option', { name: '田中 健太 (member)' }).click();
    await manager.page.getByTestId('action-item-due').fill(yesterday);
    await manager.page.getByTestId('action-item-add').click();
    const managerItem = manager.page
      .getByTestId('action-item')
      .filter({ hasText: 'Send the training application' });
    await managerItem.waitFor();
    await managerItem.getByTestId('action-item-overdue').waitFor();
    expect(await form.getByRole('textbox', { name: /What is to be done/ }).inputValue()).toBe('');

    // The member's window shows it live, in Japanese, marked overdue, and ticks it.
    const memberItem = member.page
      .getByTestId('action-item')
      .filter({ hasText: 'Send the training application' });
    await memberItem.waitFor({ timeout: 5_000 });
    expect(await memberItem.textContent()).toContain('田中 健太さん（メンバー）');
    expect(await memberItem.getByTestId('action-item-overdue').textContent()).toBe('期限切れ');
    await memberItem.getByRole('checkbox').click();
    await member.page
      .locator('[data-testid="action-item"][data-done="true"]')
      .filter({ hasText: 'Send the training application' })
      .waitFor();

    // The manager sees it checked off by the other person, no longer overdue.
    await manager.page
      .locator('[data-testid="action-item"][data-done="true"]')
      .filter({ hasText: 'Send the training application' })
      .waitFor({ timeout: 5_000 });
    expect(await managerItem.getByTestId('action-item-overdue').count()).toBe(0);
    expect(await listedBy(manager.page)).toEqual([
      expect.objectContaining({ text: 'Send the training application', done: true, overdue: false }),
    ]);
    expect(manager.errors).toEqual([]);
    expect(member.errors).toEqual([]);
  });
});
