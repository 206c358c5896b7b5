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
interface Listed {
  id: string;
  version: number;
  text: string;
  done: boolean;
  overdue: boolean;
}

async function listedBy(page: Page): Promise<Listed[]> {
  const sessionId = await panelSessionId(page);
  const listed = await callApi(page, 'GET', `/sessions/${sessionId}/action-items`);
  return (listed.body as { items: Listed[] }).items;
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

  it('one corrects an item and the other sees it corrected; one deletes it and it leaves both', async () => {
    const manager = await openWindow('佐藤 美咲', '田中 健太', 'en-US');
    const member = await openWindow('田中 健太', '佐藤 美咲', 'ja-JP');
    const form = manager.page.getByTestId('action-item-form');
    await form.getByRole('textbox', { name: /What is to be done/ }).fill('Book the team offsite');
    await manager.page.getByTestId('action-item-add').click();
    const memberItem = member.page.getByTestId('action-item').filter({ hasText: 'Book the team offsite' });
    await memberItem.waitFor({ timeout: 5_000 });

    // The member corrects it from the keyboard: text, who, and a due date.
    await member.page.getByRole('button', { name: '編集：Book the team offsite' }).press('Enter');
    const editor = member.page.getByTestId('action-item-editor');
    const text = editor.getByRole('textbox', { name: /やること/ });
    // The caret lands in the text, so the keyboard goes on where the button was.
    await expect.poll(() => text.evaluate((element) => element === document.activeElement)).toBe(true);
    await text.fill('Book the team offsite for March');
    await member.page.getByTestId('action-item-edit-owner').click();
    await member.page.getByRole('option', { name: '佐藤 美咲さん（マネージャー）' }).click();
    await member.page.getByTestId('action-item-edit-due').fill('2031-03-01');
    await member.page.getByTestId('action-item-edit-save').click();
    await editor.waitFor({ state: 'detached' });
    await member.page
      .getByTestId('action-item')
      .filter({ hasText: 'Book the team offsite for March' })
      .waitFor();

    // The manager's window shows the correction live.
    const managerItem = manager.page
      .getByTestId('action-item')
      .filter({ hasText: 'Book the team offsite for March' });
    await managerItem.waitFor({ timeout: 5_000 });
    expect(await managerItem.textContent()).toContain('佐藤 美咲 (manager)');
    expect(await managerItem.textContent()).toContain('Due 2031-03-01');

    // The member starts another edit while the manager changes the item: the member's text stays,
    // with the manager's version beside it, and saving again keeps the member's words.
    await member.page.getByRole('button', { name: '編集：Book the team offsite for March' }).click();
    await editor.getByRole('textbox', { name: /やること/ }).fill('Book the offsite (member)');
    const sessionId = await manager.page.getByTestId('side-panel').getAttribute('data-session-id');
    const current = (await listedBy(manager.page)).find(
      (item) => item.text === 'Book the team offsite for March',
    );
    const changed = await callApi(
      manager.page,
      'PATCH',
      `/sessions/${sessionId}/action-items/${current?.id}`,
      { text: 'Book the offsite (manager)' },
      { 'If-Match': `"${current?.version}"` },
    );
    expect(changed.status).toBe(200);
    await editor.getByTestId('action-item-theirs').filter({ hasText: 'Book the offsite (manager)' }).waitFor({
      timeout: 5_000,
    });
    expect(await editor.getByRole('textbox', { name: /やること/ }).inputValue()).toBe(
      'Book the offsite (member)',
    );
    // The first save meets the newer version: refused as a conflict, the member's text kept.
    await member.page.getByTestId('action-item-edit-save').click();
    await editor.getByText(/先にこのアクションアイテムを保存しました/).waitFor();
    expect(await editor.getByRole('textbox', { name: /やること/ }).inputValue()).toBe(
      'Book the offsite (member)',
    );
    await member.page.getByTestId('action-item-edit-save').click();
    await member.page.getByTestId('action-item').filter({ hasText: 'Book the offsite (member)' }).waitFor();
    await manager.page
      .getByTestId('action-item')
      .filter({ hasText: 'Book the offsite (member)' })
      .waitFor({ timeout: 5_000 });

    // The manager deletes it, confirming; it leaves both windows.
    await manager.page.getByRole('button', { name: 'Delete: Book the offsite (member)' }).click();
    const confirm = manager.page.getByTestId('action-item-delete-confirm');
    expect(await confirm.textContent()).toContain('Delete “Book the offsite (member)”?');
    await confirm.getByTestId('action-item-delete-yes').click();
    await manager.page.getByTestId('action-item').filter({ hasText: 'Book the offsite' }).waitFor({
      state: 'detached',
    });
    await member.page
      .getByTestId('action-item')
      .filter({ hasText: 'Book the offsite' })
      .waitFor({ state: 'detached', timeout: 5_000 });
    expect((await listedBy(manager.page)).some((item) => item.text.startsWith('Book the offsite'))).toBe(
      false,
    );
    expect(manager.errors).toEqual([]);
    // The member's first save was answered 409 on purpose; the browser logs that response.
    expect(member.errors.filter((error) => !/status of 409/.test(error))).toEqual([]);
  });
});
