import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTaiwaAndChromium } from './harness.js';
import { scheduleOneOnOneSoon } from './oneOnOneSoon.js';
import { openSidePanel, panelSessionId } from './sidePanel.js';
import { callApi } from './tabApi.js';

const taiwa = startTaiwaAndChromium();
beforeAll(() => scheduleOneOnOneSoon(taiwa.url));

async function openWindow(displayName: string, other: string, locale: string) {
  const window = await openSidePanel(taiwa, displayName, other, { locale, height: 1600 });
  await window.page.getByTestId('action-items-section').waitFor();
  return window;
}

/** The action items as the API gives them to whoever is signed in on `page`. */
async function listedBy(page: Page): Promise<Array<{ text: string; done: boolean; overdue: boolean }>> {
  const sessionId = await panelSessionId(page);
  const listed = await callApi(page, 'GET', `/sessions/${sessionId}/action-items`);
  return (listed.body as { items: Array<{ text: string; done: boolean; overdue: boolean }> }).items;
}

describe('action items in two windows', { timeout: 120_000 }, () => {
  it('one agrees an action item, the other checks it off, and both see it done', async () => {
    const manager = await openWindow('佐藤 美咲', '田中 健太', 'en-US');
    const member = await openWindow('田中 健太', '佐藤 美咲', 'ja-JP');

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
