import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { expectValue } from './pageChecks.js';
import { openPanel, openPanelIn } from './sidePanel.js';
import { signInAs } from './signIn.js';
import { callApi } from './tabApi.js';

/**
 * Nothing a person types is lost: text over a limit stays in its box with the reason, a write the
 * server refuses comes back to its box in the person's language, simultaneous edits show both
 * versions, drafts survive a reload, an edit written offline is sent once when back, and what one
 * person left unsent on a browser never reaches the next person who signs in there.
 */

const taiwa = startTaiwaAndChromium();

// Text that would run as markup or script if it were ever rendered as HTML.
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function profile(locale: 'en-US' | 'ja-JP', width = 280): Promise<BrowserContext> {
  return taiwa.profile({ locale, width, height: 1600 });
}

const panel = (context: BrowserContext, displayName: string, other: string) =>
  openPanelIn(taiwa, context, displayName, other);

/** The session's memos as the page's signed-in person reads them from the API. */
async function memosOf(page: Page, sessionId: string): Promise<Array<{ kind: string; body: string }>> {
  const { body } = await callApi(page, 'GET', `/sessions/${sessionId}`);
  return (body as { memos: Array<{ kind: string; body: string }> }).memos;
}

const inputValue = (page: Page, testId: string) => page.getByTestId(testId).inputValue();
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

/** Sends every memo creation on to the real server with its text made `length` characters long. */
async function lengthenMemoCreations(page: Page, length: number): Promise<void> {
  await page.route('**/api/v1/sessions/*/memos', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const body = JSON.parse(route.request().postData() ?? '{}') as { body: string };
    await route.continue({ postData: JSON.stringify({ ...body, body: body.body.padEnd(length, 'x') }) });
  });
}

describe('text over a limit', { timeout: 180_000 }, () => {
  it('stays in the box with a counter and the reason, is never sent, and stays text (4,100 and 12,000 characters, en and ja)', async () => {
    const manager = await panel(await profile('en-US'), '佐藤 美咲', '田中 健太');
    const member = await panel(await profile('ja-JP'), '田中 健太', '佐藤 美咲');
    const posts: string[] = [];
    for (const { page } of [manager, member])
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/memos')) posts.push(request.url());
      });

    const cases = [
      { who: manager, length: 4100, counter: '4,100 / 4,000 characters', over: 'Too long by 100 characters' },
      {
        who: manager,
        length: 12_000,
        counter: '12,000 / 4,000 characters',
        over: 'Too long by 8,000 characters',
      },
      { who: member, length: 4100, counter: '4,100 / 4,000文字', over: '4,000文字を100文字超えています' },
      {
        who: member,
        length: 12_000,
        counter: '12,000 / 4,000文字',
        over: '4,000文字を8,000文字超えています',
      },
    ];
    for (const { who, length, counter, over } of cases) {
      const text = `${HOSTILE}\n${'長'.repeat(length - HOSTILE.length - 1)}`;
      await who.page.getByTestId('memo-new-input').fill(text);
      const shown = who.page.getByTestId('memo-new-input-counter');
      expect(await shown.textContent()).toBe(counter);
      expect(await shown.getAttribute('data-over')).toBe('true');
      expect(await who.page.getByRole('alert').filter({ hasText: over }).count()).toBe(1);
      expect(await who.page.getByTestId('memo-add').isDisabled()).toBe(true);
      await who.page.getByTestId('memo-new-input').press('Tab');
      expect(await inputValue(who.page, 'memo-new-input')).toBe(text);
      if (length === 4100) await screenshot(who.page, `limit-over-${who === manager ? 'en' : 'ja'}-280`);
    }
    expect(posts).toEqual([]);

    // Near the limit the counter appears, and the text can be sent.
    await manager.page.getByTestId('memo-new-input').fill('a'.repeat(3300));
    expect(await manager.page.getByTestId('memo-new-input-counter').textContent()).toBe(
      '3,300 / 4,000 characters',
    );
    await manager.page.getByTestId('memo-new-input').fill('short');
    expect(await manager.page.getByTestId('memo-new-input-counter').count()).toBe(0);
    for (const { page } of [manager, member]) {
      expect(await pwned(page)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });

  it('comes back to its box with the server’s reason when the server refuses it, in the writer’s language', async () => {
    const manager = await panel(await profile('en-US'), '佐藤 美咲', 'Emily Clark');
    const member = await panel(await profile('ja-JP'), '田中 健太', '佐藤 美咲');
    const sessionId = member.sessionId;

    // The real server refuses what arrives: the tab's text is lengthened on the way to 4,100 and
    // to 12,000 characters (a schema error rather than the rule's own).
    for (const [page, length, reason] of [
      [
        member.page,
        4100,
        '保存できませんでした：入力内容を確認してください。入力した内容はここに残っています。',
      ],
      [
        member.page,
        12_000,
        '保存できませんでした：入力内容を確認してください。入力した内容はここに残っています。',
      ],
      [manager.page, 4100, 'Not saved: Please check what you entered. Your text is still here.'],
    ] as const) {
      const text = `${HOSTILE} refused at ${length}`;
      await lengthenMemoCreations(page, length);
      await page.getByTestId('memo-new-input').fill(text);
      await page.getByTestId('memo-add').click();
      await page.getByRole('alert').filter({ hasText: reason }).waitFor({ timeout: 10_000 });
      expect(await inputValue(page, 'memo-new-input')).toBe(text);
      expect(await page.getByTestId('shared-memo-body').filter({ hasText: text }).count()).toBe(0);
      if (length === 4100) await screenshot(page, `refused-${page === manager.page ? 'en' : 'ja'}-280`);
      await page.unroute('**/api/v1/sessions/*/memos');
      // Sent again as typed, it is saved — once — and the reason goes away.
      await page.getByTestId('memo-add').click();
      await expectValue(page, 'memo-new-input', '');
      await page.getByRole('alert').filter({ hasText: reason }).waitFor({ state: 'detached' });
    }
    const bodies = (await memosOf(member.page, sessionId)).map((memo) => memo.body);
    expect(bodies.filter((body) => body === `${HOSTILE} refused at 4100`)).toHaveLength(1);
    expect(bodies.filter((body) => body === `${HOSTILE} refused at 12000`)).toHaveLength(1);
    await member.page
      .getByTestId('shared-memo-body')
      .filter({ hasText: `${HOSTILE} refused at 12000` })
      .waitFor();
    for (const { page } of [manager, member]) {
      expect(await pwned(page)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }

    // A refused edit of the private memo keeps the text in that box too.
    await manager.page.route('**/api/v1/sessions/*/memos', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 413,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'urn:taiwa:problem:payload-too-large',
              title: 'That is too long to save',
              status: 413,
            }),
          })
        : route.continue(),
    );
    await manager.page.getByTestId('private-memo-input').fill('Private thought for later');
    await manager.page.getByTestId('private-memo-save').click();
    await manager.page.getByRole('alert').filter({ hasText: 'That is too long to save' }).waitFor();
    expect(await inputValue(manager.page, 'private-memo-input')).toBe('Private thought for later');
    expect(await manager.page.getByTestId('private-memo-saved').count()).toBe(0);
    expect(manager.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });
});

describe('next topics edited in two windows at once', { timeout: 180_000 }, () => {
  it('loses neither person’s text: the second sees both versions, and "saved" only for what the server has', async () => {
    const manager = await panel(await profile('en-US'), 'David Miller', '鈴木 花子');
    const member = await panel(await profile('ja-JP'), '鈴木 花子', 'David Miller');
    const sessionId = manager.sessionId;

    // Both start the memo at once: one creation wins, the other meets it.
    await manager.page.getByTestId('next-topics-input').fill('Q3 goals');
    await member.page.getByTestId('next-topics-input').fill('研修の予算');
    await Promise.all([
      manager.page.getByTestId('next-topics-save').click(),
      member.page.getByTestId('next-topics-save').click(),
    ]);
    const conflicts = async () => [
      await manager.page.getByTestId('memo-conflict').count(),
      await member.page.getByTestId('memo-conflict').count(),
    ];
    await expect.poll(conflicts, { timeout: 15_000 }).toEqual(expect.arrayContaining([1]));
    expect((await conflicts()).reduce((a, b) => a + b)).toBe(1);
    const conflicted = (await conflicts())[0] === 1 ? manager : member;
    const winner = conflicted === manager ? member : manager;
    const [mine, theirs] = conflicted === manager ? ['Q3 goals', '研修の予算'] : ['研修の予算', 'Q3 goals'];
    await winner.page.getByTestId('next-topics-saved').waitFor();
    const conflict = conflicted.page.getByTestId('memo-conflict');
    expect(await conflict.getByTestId('conflict-theirs').textContent()).toBe(theirs);
    expect(await conflict.getByTestId('conflict-mine').textContent()).toBe(mine);
    expect(await conflicted.page.getByTestId('next-topics-saved').count()).toBe(0);
    expect(await inputValue(conflicted.page, 'conflict-merged')).toBe(`${theirs}\n${mine}`);
    await conflict.getByTestId('conflict-save').click();
    for (const { page } of [manager, member])
      await expectValue(page, 'next-topics-input', `${theirs}\n${mine}`);

    // Then both change it from the same version: the manager saves first; the member's edit is
    // not written over it, and the member is told before saving that it changed.
    const base = `${theirs}\n${mine}`;
    await manager.page.getByTestId('next-topics-input').fill(`${base}\nTeam offsite`);
    await member.page.getByTestId('next-topics-input').fill(`${base}\n1on1の頻度`);
    await manager.page.getByTestId('next-topics-save').click();
    await manager.page.getByTestId('next-topics-saved').waitFor();
    await member.page.getByTestId('next-topics-changed').waitFor();
    expect(await inputValue(member.page, 'next-topics-input')).toBe(`${base}\n1on1の頻度`);
    await screenshot(member.page, 'next-topics-changed-meanwhile-ja-280');
    await member.page.getByTestId('next-topics-save').click();
    const second = member.page.getByTestId('memo-conflict');
    await second.waitFor();
    expect(await member.page.getByTestId('next-topics-saved').count()).toBe(0);
    expect(await second.getByTestId('conflict-theirs').textContent()).toBe(`${base}\nTeam offsite`);
    expect(await second.getByTestId('conflict-mine').textContent()).toBe(`${base}\n1on1の頻度`);
    // The combined text starts with both people's additions, each once.
    expect(await inputValue(member.page, 'conflict-merged')).toBe(`${base}\nTeam offsite\n1on1の頻度`);
    await screenshot(member.page, 'next-topics-conflict-ja-280');
    await member.page.getByTestId('conflict-save').click();
    for (const { page } of [manager, member]) {
      await expectValue(page, 'next-topics-input', `${base}\nTeam offsite\n1on1の頻度`);
      await page.getByTestId('next-topics-saved').waitFor();
    }
    const stored = (await memosOf(manager.page, sessionId)).find((memo) => memo.kind === 'next_topics');
    for (const words of ['Q3 goals', '研修の予算', 'Team offsite', '1on1の頻度'])
      expect(stored?.body).toContain(words);
  });
});

describe('drafts', { timeout: 180_000 }, () => {
  it('survive a reload — a new memo, unsaved next topics and the prepare form — and are cleared once sent', async () => {
    const context = await profile('en-US');
    const { page, sessionId } = await panel(context, 'Emily Clark', '佐藤 美咲');
    await page.getByTestId('memo-new-input').fill(`Half a thought ${HOSTILE}`);
    await page.getByTestId('next-topics-input').fill('Career plan (not saved yet)');
    await page.reload();
    await page.getByTestId('side-panel').waitFor();
    expect(await inputValue(page, 'memo-new-input')).toBe(`Half a thought ${HOSTILE}`);
    expect(await inputValue(page, 'next-topics-input')).toBe('Career plan (not saved yet)');
    expect(await page.getByTestId('next-topics-saved').count()).toBe(0);
    expect((await memosOf(page, sessionId)).map((memo) => memo.body)).not.toContain(
      'Career plan (not saved yet)',
    );
    // Kept under the person's own key, nowhere else.
    const keys = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.includes('.draft.')),
    );
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) expect(key).toMatch(/^taiwa\.user\.[^.]+\.draft\./);

    await page.getByTestId('memo-add').click();
    await page.getByTestId('next-topics-save').click();
    await page.getByTestId('next-topics-saved').waitFor();
    await page.getByTestId('shared-memo-body').filter({ hasText: 'Half a thought' }).waitFor();
    await page.getByTestId('memo-pending').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('side-panel').waitFor();
    expect(await inputValue(page, 'memo-new-input')).toBe('');
    expect(await inputValue(page, 'next-topics-input')).toBe('Career plan (not saved yet)');
    expect(await page.getByTestId('next-topics-saved').count()).toBe(1);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('.draft.'))),
    ).toEqual([]);
    expect(await pwned(page)).toBeUndefined();

    // The prepare form: a new item half written, then the page reloads.
    await page.goto(`${taiwa.url}/sessions/${sessionId}/prepare`);
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('theme-other').click();
    await page.getByTestId('theme-text').fill('Working across time zones');
    await page.getByRole('radio', { name: /Think it through together/ }).check();
    await page.getByTestId('detail').fill('Mornings are hard with the US team.');
    await page.reload();
    await page.getByTestId('agenda-form').waitFor();
    expect(await inputValue(page, 'theme-text')).toBe('Working across time zones');
    expect(await inputValue(page, 'detail')).toBe('Mornings are hard with the US team.');
    expect(await page.getByRole('radio', { name: /Think it through together/ }).isChecked()).toBe(true);
    await screenshot(page, 'prepare-draft-restored-en');

    // Over the limit, the form says so and keeps the text; shortened, it is added and the draft is gone.
    await page.getByTestId('detail').fill('d'.repeat(2001));
    await page.getByTestId('agenda-form-submit').click();
    expect(await page.getByTestId('detail-counter').textContent()).toBe('2,001 / 2,000 characters');
    expect(await page.getByTestId('agenda-form').count()).toBe(1);
    await page.getByTestId('detail').fill('Mornings are hard with the US team.');
    await page.getByTestId('agenda-form-submit').click();
    await page.getByTestId('agenda-item-theme').filter({ hasText: 'Working across time zones' }).waitFor();
    await page.waitForFunction(() => !Object.keys(localStorage).some((key) => key.includes('.draft.')));
    await page.reload();
    await page.getByTestId('agenda-add').waitFor();
    expect(await page.getByTestId('agenda-form').count()).toBe(0);
  });
});

describe('offline and back', { timeout: 180_000 }, () => {
  it('queues a memo written offline, shows it as not sent, and sends it exactly once when back', async () => {
    const member = await panel(await profile('ja-JP'), '田中 健太', '佐藤 美咲');
    const manager = await panel(await profile('en-US'), '佐藤 美咲', '田中 健太');
    const text = `Offline note ${Date.now()}`;
    await member.page.context().setOffline(true);
    await member.page.getByTestId('memo-new-input').fill(text);
    await member.page.getByTestId('memo-add').click();
    const pending = member.page.getByTestId('shared-memo').filter({ hasText: text });
    await pending.getByTestId('memo-pending').waitFor();
    expect(await pending.getByTestId('memo-pending').textContent()).toBe('未送信');
    await screenshot(member.page, 'offline-pending-ja-280');
    expect(await manager.page.getByTestId('shared-memo-body').filter({ hasText: text }).count()).toBe(0);

    await member.page.context().setOffline(false);
    await manager.page.getByTestId('shared-memo-body').filter({ hasText: text }).waitFor({ timeout: 15_000 });
    await pending.getByTestId('memo-pending').waitFor({ state: 'detached', timeout: 15_000 });
    // Past another retry interval, still one.
    await member.page.waitForTimeout(6_000);
    expect(
      (await memosOf(manager.page, manager.sessionId)).filter((memo) => memo.body === text),
    ).toHaveLength(1);
    expect(await manager.page.getByTestId('shared-memo-body').filter({ hasText: text }).count()).toBe(1);
    expect(await member.page.getByTestId('shared-memo-body').filter({ hasText: text }).count()).toBe(1);
  });

  it('stores a memo once when the answer to its first send was lost on the way back', async () => {
    const member = await panel(await profile('en-US'), 'Emily Clark', '佐藤 美咲');
    const text = `Answer lost ${Date.now()}`;
    let dropped = false;
    await member.page.route('**/api/v1/sessions/*/memos', async (route) => {
      if (route.request().method() !== 'POST' || dropped) return route.continue();
      dropped = true;
      await route.fetch(); // the server stores it…
      await route.abort('connectionreset'); // …and the tab never hears back
    });
    await member.page.getByTestId('memo-new-input').fill(text);
    await member.page.getByTestId('memo-add').click();
    await member.page
      .getByTestId('shared-memo')
      .filter({ hasText: text })
      .getByTestId('memo-pending')
      .waitFor();
    await member.page
      .getByTestId('shared-memo')
      .filter({ hasText: text })
      .getByTestId('memo-pending')
      .waitFor({ state: 'detached', timeout: 20_000 });
    expect(dropped).toBe(true);
    expect((await memosOf(member.page, member.sessionId)).filter((memo) => memo.body === text)).toHaveLength(
      1,
    );
    expect(await member.page.getByTestId('shared-memo-body').filter({ hasText: text }).count()).toBe(1);
  });
});

describe('one browser, two people', { timeout: 180_000 }, () => {
  const SECRETS = {
    private: `PRIVATE-${Date.now()}: consider Kenta for the lead role`,
    shared: `SHARED-${Date.now()}: queued offline by the manager`,
    draft: `DRAFT-${Date.now()}: next topics the manager never saved`,
  };
  const carries = (text: string) => Object.values(SECRETS).some((secret) => text.includes(secret));

  it('the next person never sends or sees what the first left unsent, after switching user', async () => {
    const context = await profile('en-US');
    const { page } = await panel(context, '佐藤 美咲', '田中 健太');
    await context.setOffline(true);
    await page.getByTestId('private-memo-input').fill(SECRETS.private);
    await page.getByTestId('private-memo-save').click();
    await page.getByTestId('memo-new-input').fill(SECRETS.shared);
    await page.getByTestId('memo-add').click();
    await page.getByTestId('next-topics-input').fill(SECRETS.draft);
    await page
      .getByTestId('shared-memo')
      .filter({ hasText: SECRETS.shared })
      .getByTestId('memo-pending')
      .waitFor();

    // Switching user says that unsent text will be deleted, and deletes it.
    await page.getByTestId('switch-user').click();
    await page.getByTestId('unsent-warning').waitFor();
    await screenshot(page, 'switch-user-unsent-warning-en-280');
    const sent: string[] = [];
    page.on('request', (request: Request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
    await page.getByTestId('switch-user-confirm').click();
    await page.waitForFunction(() => !sessionStorage.getItem('taiwa.token'));
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/PRIVATE-|SHARED-|DRAFT-/);

    // The sign-in list needs the server: back online now, with nothing of the manager's left to send.
    await context.setOffline(false);
    await page.reload();
    // The address still names the 1on1, which is the member's too: it opens for them at once.
    await signInAs(page, '田中 健太');
    await page.getByTestId('side-panel').waitFor();
    expect(await page.getByTestId('private-memo').count()).toBe(0);
    await page.getByTestId('meeting-connection').waitFor({ state: 'detached' });
    await page.waitForTimeout(6_000);
    expect(sent.filter(carries)).toEqual([]);
    expect(carries(await page.content())).toBe(false);
    expect(carries(await page.evaluate(() => JSON.stringify(localStorage)))).toBe(false);
    expect(await inputValue(page, 'next-topics-input')).not.toContain('DRAFT-');
  });

  it('keeps each person’s unsent text under their own name when a tab closes without signing out', async () => {
    const context = await profile('ja-JP');
    const first = await panel(context, '佐藤 美咲', '田中 健太');
    const queued = `QUEUED-${Date.now()}: the manager's memo, written offline`;
    await context.setOffline(true);
    await first.page.getByTestId('memo-new-input').fill(queued);
    await first.page.getByTestId('memo-add').click();
    await first.page
      .getByTestId('shared-memo')
      .filter({ hasText: queued })
      .getByTestId('memo-pending')
      .waitFor();
    await first.page.close();
    await context.setOffline(false);

    // The member signs in on the same browser: the manager's queue is not theirs to send.
    const sent: string[] = [];
    const second = await context.newPage();
    second.on('request', (request: Request) => sent.push(request.postData() ?? ''));
    await second.goto(`${taiwa.url}/meeting`);
    const sessionId = await openPanel(second, '田中 健太', '佐藤 美咲');
    await second.waitForTimeout(6_000);
    expect(sent.filter((body) => body.includes(queued))).toEqual([]);
    expect(await second.getByText(queued).count()).toBe(0);
    expect((await memosOf(second, sessionId)).some((memo) => memo.body === queued)).toBe(false);

    // The manager comes back: their memo goes out, once, and reaches the member.
    const third = await context.newPage();
    await third.goto(`${taiwa.url}/meeting`);
    await openPanel(third, '佐藤 美咲', '田中 健太');
    await second.getByTestId('shared-memo-body').filter({ hasText: queued }).waitFor({ timeout: 15_000 });
    expect((await memosOf(second, sessionId)).filter((memo) => memo.body === queued)).toHaveLength(1);
  });
});
