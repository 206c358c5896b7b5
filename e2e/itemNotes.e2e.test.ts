import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { scheduleOneOnOneSoon } from './oneOnOneSoon.js';
import { expectNoHorizontalScroll, expectValue } from './pageChecks.js';
import { openSidePanel, type PanelWindow, waitForPanel } from './sidePanel.js';
import { callApi } from './tabApi.js';

/**
 * Notes per agenda item, in the manager's and the member's windows side by side: the shared note
 * arrives live in the other window, the manager's private note never reaches the member, and the
 * notes keep every word — a simultaneous edit shows both versions, a draft survives a reload, a
 * note written offline is saved when the connection is back.
 */

const taiwa = startTaiwaAndChromium();
beforeAll(() => scheduleOneOnOneSoon(taiwa.url));

const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';

const sidePanel = (locale: 'en-US' | 'ja-JP', displayName: string, other: string) =>
  openSidePanel(taiwa, displayName, other, { locale, height: 1600 });

const itemCard = (page: Page, detail: string) => page.getByTestId('agenda-item').filter({ hasText: detail });

/** Opens the notes under the item with `detail`, by keyboard. */
async function openNotes(page: Page, detail: string): Promise<void> {
  const toggle = itemCard(page, detail).getByTestId('agenda-notes-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await itemCard(page, detail).getByTestId('item-notes').waitFor();
}

async function notesOf(page: Page, sessionId: string): Promise<Array<{ kind: string; body: string }>> {
  const answer = await callApi(page, 'GET', `/sessions/${sessionId}/item-notes`);
  return (answer.body as { notes: Array<{ kind: string; body: string }> }).notes;
}

describe('notes per agenda item in two windows', { timeout: 240_000 }, () => {
  let manager: PanelWindow;
  let member: PanelWindow;
  const detail = `Notes e2e ${Date.now()}`;
  const secret = 'PRIVATE: ready for a bigger role';
  let lastShared = '';

  it('shows the shared note live in the other window, and the private note only to the manager', async () => {
    manager = await sidePanel('en-US', '佐藤 美咲', '田中 健太');
    member = await sidePanel('ja-JP', '田中 健太', '佐藤 美咲');
    expect(member.sessionId).toBe(manager.sessionId);
    const added = await callApi(member.page, 'POST', `/sessions/${member.sessionId}/agenda`, {
      themeId: 'growth',
      expectedResponseId: 'listen',
      detail,
    });
    expect(added.status).toBe(201);
    await itemCard(manager.page, detail).waitFor({ timeout: 15_000 });
    await itemCard(member.page, detail).waitFor({ timeout: 15_000 });
    await openNotes(manager.page, detail);
    await openNotes(member.page, detail);
    // The member has the shared note only: the private one is not even on their page.
    expect(await itemCard(member.page, detail).getByTestId('item-note-private').count()).toBe(0);
    expect(await itemCard(member.page, detail).textContent()).toContain('共有メモ');

    const shared = 'Decided: a certification course in Q3';
    await manager.page.getByTestId('item-note-shared-input').fill(shared);
    await manager.page.getByTestId('item-note-shared-save').click();
    await manager.page.getByTestId('item-note-shared-saved').waitFor();
    await expectValue(member.page, 'item-note-shared-input', shared);

    await manager.page.getByTestId('item-note-private-input').fill(secret);
    // Leaving the box saves it, as memos do.
    await manager.page.keyboard.press('Tab');
    await manager.page.getByTestId('item-note-private-saved').waitFor();
    await screenshot(manager.page, 'item-notes-manager-en-280');
    // Open notes, both of them, at 280 px: still no serious accessibility violation.
    expect(await seriousAxeViolations(manager.page)).toEqual([]);

    // The member writes back; the manager sees it live.
    const reply = `${shared}\n受講料は会社負担で申請する`;
    await member.page.getByTestId('item-note-shared-input').fill(reply);
    await member.page.getByTestId('item-note-shared-save').click();
    await member.page.getByTestId('item-note-shared-saved').waitFor();
    await expectValue(manager.page, 'item-note-shared-input', reply);
    await screenshot(member.page, 'item-notes-member-ja-280');

    expect(JSON.stringify(await notesOf(member.page, member.sessionId))).not.toContain(secret);
    expect(await member.page.content()).not.toContain(secret);
    expect(await notesOf(manager.page, manager.sessionId)).toContainEqual(
      expect.objectContaining({ kind: 'private', body: secret }),
    );
    // The panel did not grow sideways at 280 px.
    await expectNoHorizontalScroll(member.page);
  });

  it('shows both versions when both write at once, and saves the combination for both', async () => {
    const base = await manager.page.getByTestId('item-note-shared-input').inputValue();
    const mine = `${base}\nManager: check the budget first`;
    const theirs = `${base}\n田中：来週までに候補を3つ挙げる`;
    // The manager types but has not saved when the member's text lands.
    await manager.page.getByTestId('item-note-shared-input').fill(mine);
    await member.page.getByTestId('item-note-shared-input').fill(theirs);
    await member.page.getByTestId('item-note-shared-save').click();
    await member.page.getByTestId('item-note-shared-saved').waitFor();
    await manager.page.getByTestId('item-note-shared-changed').waitFor();
    await manager.page.getByTestId('item-note-shared-save').click();

    const conflict = itemCard(manager.page, detail).getByTestId('memo-conflict');
    await conflict.waitFor();
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toBe(theirs);
    expect(await conflict.getByTestId('conflict-mine').textContent()).toBe(mine);
    const combined = await conflict.getByTestId('conflict-merged').inputValue();
    expect(combined).toContain('Manager: check the budget first');
    expect(combined).toContain('田中：来週までに候補を3つ挙げる');
    await screenshot(manager.page, 'item-notes-conflict-en-280');
    await conflict.getByTestId('conflict-save').click();
    await manager.page.getByTestId('item-note-shared-saved').waitFor();
    await expectValue(member.page, 'item-note-shared-input', combined);
  });

  it('keeps a draft across a reload, and saves a note written offline once the connection is back', async () => {
    const draft = `Half a thought ${Date.now()}`;
    await member.page.getByTestId('item-note-shared-input').fill(draft);
    await member.page.reload();
    await waitForPanel(member.page);
    await openNotes(member.page, detail);
    await expectValue(member.page, 'item-note-shared-input', draft, 5_000);
    expect(await member.page.getByTestId('item-note-shared-saved').count()).toBe(0);
    expect(JSON.stringify(await notesOf(member.page, member.sessionId))).not.toContain(draft);

    await member.context.setOffline(true);
    await member.page.getByTestId('item-note-shared-save').click();
    await member.page.getByTestId('item-note-shared-waiting').waitFor();
    expect(await member.page.getByTestId('item-note-shared-input').inputValue()).toBe(draft);
    await member.context.setOffline(false);
    await member.page.getByTestId('item-note-shared-saved').waitFor({ timeout: 20_000 });
    await expectValue(manager.page, 'item-note-shared-input', draft);
    lastShared = draft;
    expect(
      member.errors.filter((error) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(error)),
    ).toEqual([]);
    // The manager's one 409 is the conflict this suite provoked; the browser logs every refused request.
    expect(manager.errors.filter((error) => !/status of 409/.test(error))).toEqual([]);
  });

  it('shows the notes in history under their item — the private one to the manager only — and in the next preparation', async () => {
    const ended = await callApi(manager.page, 'POST', `/sessions/${manager.sessionId}/status`, {
      status: 'ended',
    });
    expect(ended.status).toBe(200);
    for (const window of [manager, member]) {
      await window.page.goto(`${taiwa.url}/pairs/${KENTA_PAIR}/history`);
      await window.page.getByTestId('history-entry').first().waitFor();
    }
    const managerItem = manager.page.getByTestId('history-entry').locator('li').filter({ hasText: detail });
    expect(await managerItem.getByTestId('history-item-note-shared').textContent()).toContain(lastShared);
    expect(await managerItem.getByTestId('history-item-note-private').textContent()).toContain(secret);
    const memberItem = member.page.getByTestId('history-entry').locator('li').filter({ hasText: detail });
    expect(await memberItem.getByTestId('history-item-note-shared').textContent()).toContain(lastShared);
    expect(await memberItem.getByTestId('history-item-note-private').count()).toBe(0);
    expect(await member.page.content()).not.toContain(secret);
    await screenshot(member.page, 'item-notes-history-ja');

    // The item was left open, so it moved to the pair's next 1on1: its preparation shows last time's note.
    const sessions = (await callApi(member.page, 'GET', `/pairs/${KENTA_PAIR}/sessions`)).body as {
      sessions: Array<{ id: string; status: string }>;
    };
    let nextId = '';
    for (const entry of sessions.sessions.filter((session) => session.status === 'planned')) {
      const notes = (await callApi(member.page, 'GET', `/sessions/${entry.id}/carried-notes`)).body as {
        notes: unknown[];
      };
      if (notes.notes.length > 0) nextId = entry.id;
    }
    expect(nextId).not.toBe('');
    await member.page.goto(`${taiwa.url}/sessions/${nextId}/prepare`);
    const carried = member.page.getByTestId('agenda-item').filter({ hasText: detail });
    await carried.getByTestId('agenda-item-last-note').waitFor();
    expect(await carried.getByTestId('agenda-item-last-note').textContent()).toContain(lastShared);
    expect(await member.page.content()).not.toContain(secret);
    await screenshot(member.page, 'item-notes-prepare-ja');
  });
});
