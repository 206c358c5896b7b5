import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { collectPageErrors, screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { scheduleOneOnOneSoon } from './oneOnOneSoon.js';
import { expectValue } from './pageChecks.js';
import { openSidePanel, type PanelWindow } from './sidePanel.js';
import { signInAs } from './signIn.js';
import { callApi } from './tabApi.js';

const taiwa = startTaiwaAndChromium();
beforeAll(() => scheduleOneOnOneSoon(taiwa.url));

/** One person's window: a fresh profile at side-panel width, signed in, with the 1on1 open. */
const openWindow = (displayName: string, other: string) =>
  openSidePanel(taiwa, displayName, other, { locale: 'en-US', height: 1400 });

const diceOf = async (page: Page) => {
  const result = page.getByTestId('dice-result');
  return { face: await result.getAttribute('data-face'), seq: await result.getAttribute('data-seq') };
};

describe('a whole 1on1 in two windows', { timeout: 120_000 }, () => {
  let manager: PanelWindow;
  let member: PanelWindow;

  it('opens the same live 1on1 for the manager and the member', async () => {
    manager = await openWindow('佐藤 美咲', '田中 健太');
    member = await openWindow('田中 健太', '佐藤 美咲');
    expect(member.sessionId).toBe(manager.sessionId);
    for (const { page } of [manager, member]) {
      await page.locator('[data-testid="meeting-status"][data-status="live"]').waitFor();
    }
    expect(await member.page.getByTestId('private-memo').count()).toBe(0);
  });

  it('walks the agenda together, with the expected response shown to the manager', async () => {
    // The member prepared an item before the meeting (the prepare page is another view).
    const added = await callApi(member.page, 'POST', `/sessions/${member.sessionId}/agenda`, {
      themeId: 'growth',
      expectedResponseId: 'listen',
      detail: 'Thinking about a certification',
    });
    expect(added.status).toBe(201);
    const item = manager.page.getByTestId('agenda-item');
    await item.waitFor({ timeout: 2_000 });
    expect(await item.getByTestId('agenda-expects').textContent()).toContain('Wants: Just listen');
    // The box follows the server's state (PATCH with If-Match, then the agenda event), so click and wait.
    await item.getByRole('checkbox', { name: 'Mark “Skills and growth” as discussed' }).click();
    await manager.page
      .locator('[data-testid="agenda-item"][data-status="discussed"]')
      .waitFor({ timeout: 2_000 });
    await member.page
      .locator('[data-testid="agenda-item"][data-status="discussed"]')
      .waitFor({ timeout: 2_000 });
  });

  it('shows a roll by one to the other within a second: the same face and prompt', async () => {
    await manager.page.getByTestId('dice-roll').click();
    await manager.page.locator('[data-testid="dice-result"][data-seq="1"]').waitFor();
    const rolled = await diceOf(manager.page);
    await member.page.locator('[data-testid="dice-result"][data-seq="1"]').waitFor({ timeout: 1_000 });
    expect(await diceOf(member.page)).toEqual(rolled);
    expect(await member.page.getByTestId('dice-prompt').textContent()).toBe(
      await manager.page.getByTestId('dice-prompt').textContent(),
    );

    await member.page.getByTestId('dice-roll').click();
    await manager.page.locator('[data-testid="dice-result"][data-seq="2"]').waitFor({ timeout: 1_000 });
    expect(await diceOf(manager.page)).toEqual(await diceOf(member.page));
  });

  it("shares memos both ways and keeps the manager's private memo from the member", async () => {
    const secret = 'Private: ask about the lead role in Q3';
    await manager.page.getByTestId('private-memo-input').fill(secret);
    await manager.page.getByTestId('private-memo-save').click();
    await manager.page.getByTestId('private-memo').getByText('Saved').waitFor();
    expect(await manager.page.getByTestId('private-badge').textContent()).toBe('Only you can see this');

    await member.page.getByTestId('memo-new-input').fill('I will draft the release notes by Friday');
    await member.page.getByTestId('memo-add').click();
    await manager.page
      .getByTestId('shared-memo-body')
      .filter({ hasText: 'I will draft the release notes by Friday' })
      .waitFor({ timeout: 2_000 });

    await manager.page.getByTestId('memo-new-input').fill('Agreed: Kenta leads the retro');
    await manager.page.getByTestId('memo-add').click();
    // The manager's shared memo was written after the private one: once it arrives, the private one would have too.
    await member.page
      .getByTestId('shared-memo-body')
      .filter({ hasText: 'Agreed: Kenta leads the retro' })
      .waitFor({ timeout: 2_000 });
    expect(await member.page.content()).not.toContain(secret);
    expect(await member.page.getByText(secret).count()).toBe(0);
    await screenshot(manager.page, 'meeting-sidepanel-manager-en-280');
    await screenshot(member.page, 'meeting-sidepanel-member-en-280');
  });

  it('keeps an edit made offline, sends it when back, and merges a simultaneous edit without losing either', async () => {
    await member.page.getByTestId('next-topics-input').fill('Career plan');
    await member.page.getByTestId('next-topics-save').click();
    await expectValue(manager.page, 'next-topics-input', 'Career plan', 3_000);

    await member.context.setOffline(true);
    await member.page.getByTestId('next-topics-input').fill('Career plan\nTraining budget');
    await member.page.getByTestId('next-topics-save').click();
    await member.page.getByTestId('next-topics').getByText('Not sent yet').waitFor();
    // The unsent edit is in localStorage, so it would survive a reload too.
    expect(
      await member.page.evaluate(
        () => Object.keys(localStorage).filter((k) => /^taiwa\.user\.[^.]+\.memoOutbox\./.test(k)).length,
      ),
    ).toBe(1);

    await manager.page.getByTestId('next-topics-input').fill('Career plan\nTeam offsite');
    await manager.page.getByTestId('next-topics-save').click();
    await manager.page.getByTestId('next-topics').getByText('Saved').waitFor();

    await member.context.setOffline(false);
    const conflict = member.page.getByTestId('memo-conflict');
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toBe('Career plan\nTeam offsite');
    expect(await conflict.getByTestId('conflict-mine').textContent()).toBe('Career plan\nTraining budget');
    await conflict.getByTestId('conflict-merged').fill('Career plan\nTeam offsite\nTraining budget');
    await conflict.getByTestId('conflict-save').click();
    await expectValue(manager.page, 'next-topics-input', 'Career plan\nTeam offsite\nTraining budget', 3_000);
    expect(
      await member.page.evaluate(
        () => Object.keys(localStorage).filter((k) => /^taiwa\.user\.[^.]+\.memoOutbox\./.test(k)).length,
      ),
    ).toBe(0);
  });

  it('shows the stage with the same dice, large, and the agenda', async () => {
    const stage = await manager.context.newPage();
    const errors = collectPageErrors(stage);
    await stage.setViewportSize({ width: 1280, height: 800 });
    await stage.goto(`${taiwa.url}/meeting/stage?session=${manager.sessionId}`);
    // Each browser tab signs in on its own (the token lives in sessionStorage).
    await signInAs(stage, '佐藤 美咲');
    await stage.getByTestId('stage').waitFor();
    expect(await diceOf(stage)).toEqual(await diceOf(manager.page));
    await member.page.getByTestId('dice-roll').click();
    await stage.locator('[data-testid="dice-result"][data-seq="3"]').waitFor({ timeout: 1_000 });
    await screenshot(stage, 'meeting-stage-en-1280');
    expect(await seriousAxeViolations(stage)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility violations at 280 px, and ends the 1on1 for both', async () => {
    expect(await seriousAxeViolations(manager.page)).toEqual([]);
    await member.page.getByTestId('meeting-end').click();
    await member.page.getByTestId('meeting-end-confirm').click();
    for (const { page } of [manager, member]) {
      await page.locator('[data-testid="meeting-status"][data-status="ended"]').waitFor({ timeout: 2_000 });
    }
    expect(await manager.page.getByTestId('dice-roll').isDisabled()).toBe(true);
    expect(manager.errors).toEqual([]);
    // The member's window went offline and then met the manager's simultaneous edit: the browser
    // logs those failed requests, which the tab handled (outbox, merge) as the steps above show.
    const expected = (e: string) =>
      e.includes('ERR_INTERNET_DISCONNECTED') || e.includes('status of 409 (Conflict)');
    expect(member.errors.filter((e) => !expected(e))).toEqual([]);
  });
});
