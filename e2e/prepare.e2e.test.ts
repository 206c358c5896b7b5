import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { expectNoHorizontalScroll, heading1, settled } from './pageChecks.js';
import { openSignedIn } from './signIn.js';
import { callApi } from './tabApi.js';

// The seeded demo pair 佐藤 美咲 (manager) – 田中 健太 (member), and its one upcoming 1on1.
const PAIR_ID = 'de000000-0000-4000-8000-000000000201';
const MEMBER = '田中 健太';
const MANAGER = '佐藤 美咲';
const ADMIN = '山本 翔';

const taiwa = startTaiwaAndChromium();
/** The 1on1 the member prepares; later tests build on what earlier ones left. */
let sessionId = '';

async function themes(list: Locator): Promise<string[]> {
  return list.getByTestId('agenda-item-theme').allTextContents();
}

interface ApiItem {
  id: string;
  version: number;
  authorRole: string;
  detail: string | null;
  theme: { label: { ja: string } };
}

async function agendaOf(page: Page): Promise<ApiItem[]> {
  const { body } = await callApi(page, 'GET', `/sessions/${sessionId}`);
  return (body as { agenda: ApiItem[] }).agenda;
}

async function narrowDark(page: Page): Promise<void> {
  await page.setViewportSize({ width: 280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('[data-theme="dark"]').first().waitFor();
}

describe('preparing a 1on1', { timeout: 120_000 }, () => {
  it('lets the member prepare two items in Japanese, and the manager read them with hints but not change them', async () => {
    const member = await openSignedIn(taiwa, MEMBER, { locale: 'ja-JP', width: 1280, colorScheme: 'light' });
    const page = member.page;
    await heading1(page, 'わたしの1on1').waitFor();
    await settled(page);
    expect(await page.getByTestId('pair-prepared').textContent()).toBe('まだ準備されていません');
    await page.getByTestId('pair-prepare').click();
    await heading1(page, '1on1の準備').waitFor();
    sessionId = /\/sessions\/([^/]+)\/prepare$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(sessionId).not.toBe('');
    const mine = page.getByTestId('prepare-mine-items');

    await page.getByTestId('agenda-add').click();
    await page.getByTestId('theme-career').click();
    await page.getByRole('radio', { name: /一緒に考えてほしい/ }).check();
    await page.getByTestId('detail').fill('来期はリーダー役に挑戦したいので、進め方を相談したいです。');
    await page.getByTestId('agenda-form-submit').click();
    await settled(page);

    await page.getByTestId('agenda-add').click();
    await page.getByTestId('theme-other').click();
    await page.getByTestId('theme-text').fill('チーム勉強会の進め方');
    await page.getByRole('radio', { name: /具体的なアドバイスがほしい/ }).check();
    await page.getByTestId('agenda-form-submit').click();
    await settled(page);

    expect(await themes(mine)).toEqual(['キャリア', 'チーム勉強会の進め方']);
    expect(await mine.getByTestId('agenda-item-expected').allTextContents()).toEqual([
      '期待する対応一緒に考えてほしい',
      '期待する対応具体的なアドバイスがほしい',
    ]);
    // The member does not get the manager's hint box, only their own items' controls.
    expect(await mine.getByTestId('response-hint').count()).toBe(0);

    // Reorder with the arrow buttons; the new order is what the server keeps.
    await mine.getByRole('button', { name: '「キャリア」を下へ移動' }).click();
    await settled(page);
    expect(await themes(mine)).toEqual(['チーム勉強会の進め方', 'キャリア']);
    expect((await agendaOf(page)).map((item) => item.theme.label.ja)).toEqual([
      'チーム勉強会の進め方',
      'キャリア',
    ]);

    await screenshot(page, 'prepare-member-ja-1280-light');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await narrowDark(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'prepare-member-ja-280-dark');
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('theme-other').click();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'prepare-form-ja-280-dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'キャンセル' }).click();
    expect(member.errors).toEqual([]);

    // The manager, in English: the home card already shows what the member prepared.
    const manager = await openSignedIn(taiwa, MANAGER, {
      locale: 'en-US',
      width: 1280,
      colorScheme: 'light',
    });
    const boss = manager.page;
    await heading1(boss, 'My 1on1s').waitFor();
    await settled(boss);
    const card = boss.getByTestId(`pair-${PAIR_ID}`);
    expect(await card.getByTestId('pair-prepared').textContent()).toBe('Prepared');
    const preview = card.getByTestId('preview-item');
    expect(await preview.count()).toBe(2);
    expect(await preview.nth(1).textContent()).toContain('Think it through together');
    expect(await preview.nth(1).getByTestId('response-hint').textContent()).toContain(
      'Ask questions before answering',
    );
    await screenshot(boss, 'home-manager-en-1280-light');
    expect(await seriousAxeViolations(boss)).toEqual([]);

    await card.getByTestId('pair-prepare').click();
    await heading1(boss, 'Prepare the 1on1').waitFor();
    await settled(boss);
    expect(await boss.getByTestId('prepare').getAttribute('data-role')).toBe('manager');
    const theirs = boss.getByTestId('prepare-theirs-items');
    expect(await themes(theirs)).toEqual(['チーム勉強会の進め方', 'Career']);
    expect(await theirs.getByTestId('agenda-item-expected').allTextContents()).toEqual([
      'Hoped-for responseGive concrete advice',
      'Hoped-for responseThink it through together',
    ]);
    expect(await theirs.getByTestId('response-hint').allTextContents()).toEqual([
      'How to respondOffer specific steps they can try tomorrow, drawn from experience or examples.',
      'How to respondAsk questions before answering, and lay out the options side by side together.',
    ]);
    // No way to change the member's items: no controls, and the API refuses a hand-made request.
    expect(await theirs.getByRole('button').count()).toBe(0);
    const [first] = await agendaOf(boss);
    if (!first) throw new Error('the agenda is empty');
    const patch = await callApi(
      boss,
      'PATCH',
      `/sessions/${sessionId}/agenda/${first.id}`,
      { detail: 'changed by the manager' },
      { 'If-Match': `"${first.version}"` },
    );
    expect(patch.status).toBe(403);
    const remove = await callApi(boss, 'DELETE', `/sessions/${sessionId}/agenda/${first.id}`, undefined, {
      'If-Match': `"${first.version}"`,
    });
    expect(remove.status).toBe(403);
    expect((await agendaOf(boss))[0]?.detail).toBeNull();

    // The manager adds an item of their own; it comes after the member's.
    await boss.getByTestId('agenda-add').click();
    await boss.getByTestId('theme-direction').click();
    await boss.getByRole('radio', { name: /I want to report or share/ }).check();
    await boss.getByTestId('agenda-form-submit').click();
    await settled(boss);
    expect(await themes(boss.getByTestId('prepare-mine-items'))).toEqual(['Company or team direction']);
    await screenshot(boss, 'prepare-manager-en-1280-light');
    expect(await seriousAxeViolations(boss)).toEqual([]);
    await narrowDark(boss);
    await expectNoHorizontalScroll(boss);
    await screenshot(boss, 'prepare-manager-en-280-dark');
    expect(await seriousAxeViolations(boss)).toEqual([]);
    // The browser logs the two refused hand-made requests; nothing else may go wrong.
    expect(manager.errors.filter((e) => !e.includes('403'))).toEqual([]);

    // Back to the member: the manager's item is marked as theirs and read-only.
    await page.getByRole('button', { name: '最新の状態に更新' }).click();
    const managers = page.getByTestId('prepare-theirs-items');
    await managers.getByTestId('agenda-item').waitFor();
    expect(await managers.textContent()).toContain('上司の項目');
    expect(await managers.getByRole('button').count()).toBe(0);
  });

  it('rolls back a refused write with a message, reloads on a conflict, and works by keyboard alone', async () => {
    const { page, errors } = await openSignedIn(
      taiwa,
      MEMBER,
      { locale: 'ja-JP', width: 1280 },
      `/sessions/${sessionId}/prepare`,
    );
    await heading1(page, '1on1の準備').waitFor();
    await settled(page);
    const mine = page.getByTestId('prepare-mine-items');

    // Someone else (here: the same member in another tab) changes an item after we loaded it.
    const stale = (await agendaOf(page)).find((item) => item.authorRole === 'member');
    if (!stale) throw new Error('no member item');
    const other = await callApi(
      page,
      'PATCH',
      `/sessions/${sessionId}/agenda/${stale.id}`,
      { detail: '別のタブで書いた内容' },
      { 'If-Match': `"${stale.version}"` },
    );
    expect(other.status).toBe(200);
    await mine.getByTestId('agenda-item-edit').first().click();
    await page.getByTestId('detail').fill('古い画面からの変更');
    await page.getByTestId('agenda-form-submit').click();
    await page.getByTestId('prepare-notice').waitFor();
    expect(await page.getByTestId('prepare-notice').textContent()).toContain(
      'ほかの人がこのアジェンダを変更していました',
    );
    await settled(page);
    // Both versions stay on screen: the one saved meanwhile, and the form with what was typed here.
    expect(await mine.getByTestId('agenda-item').first().textContent()).toContain('別のタブで書いた内容');
    expect(await page.getByTestId('detail').inputValue()).toBe('古い画面からの変更');
    await page.getByRole('button', { name: '閉じる' }).click();
    await page.getByTestId('agenda-form').getByRole('button', { name: 'キャンセル' }).click();

    // The server refuses an add: the item shows, then goes, the form comes back with what was typed.
    await page.route('**/api/v1/sessions/*/agenda', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }),
          })
        : route.continue(),
    );
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('theme-other').click();
    await page.getByTestId('theme-text').fill('評価面談の準備');
    await page.getByRole('radio', { name: /まずは聞いてほしい/ }).check();
    await page.getByTestId('agenda-form-submit').click();
    await page.getByTestId('prepare-notice').waitFor();
    expect(await page.getByTestId('prepare-notice').textContent()).toContain(
      '保存できませんでした。もう一度お試しください。',
    );
    expect(await page.getByTestId('theme-text').inputValue()).toBe('評価面談の準備');
    expect(await mine.getByTestId('agenda-item').count()).toBe(2);
    await screenshot(page, 'prepare-rollback-ja-1280-light');
    await page.unroute('**/api/v1/sessions/*/agenda');
    await page.getByTestId('agenda-form-submit').click();
    await settled(page);
    expect(await themes(mine)).toContain('評価面談の準備');

    // Delete it again, confirming in the dialog.
    await mine.getByRole('button', { name: '「評価面談の準備」を削除' }).click();
    await page.getByTestId('delete-confirm').click();
    await settled(page);
    expect(await mine.getByTestId('agenda-item').count()).toBe(2);

    // Keyboard only: open the form, pick the first theme and response, write details, submit.
    await page.getByTestId('agenda-add').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('agenda-form').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('theme-work');
    await page.keyboard.press('Enter');
    const tabUntil = async (test: string) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((t) => document.activeElement?.matches(t) ?? false, test)) return;
      }
      throw new Error(`never reached ${test}`);
    };
    await tabUntil('input[type="radio"]');
    await page.keyboard.press('Space');
    await tabUntil('textarea');
    await page.keyboard.type('キーボードだけで追加');
    await tabUntil('[data-testid="agenda-form-submit"]');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await themes(mine)).toEqual(['チーム勉強会の進め方', 'キャリア', '業務の進捗・進め方']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('agenda-add');
    expect(errors.filter((e) => !/\b(409|503)\b/.test(e))).toEqual([]);
  });

  it('carries open items into a newly scheduled 1on1 and finds past ones in the history', async () => {
    const manager = await openSignedIn(taiwa, MANAGER, { locale: 'ja-JP', width: 1280 });
    const boss = manager.page;
    await heading1(boss, 'わたしの1on1').waitFor();
    expect((await callApi(boss, 'POST', `/sessions/${sessionId}/status`, { status: 'ended' })).status).toBe(
      200,
    );

    // Schedule the next one from the card, in the user's time zone (the browser runs in Asia/Tokyo).
    await boss.reload();
    await settled(boss);
    const card = boss.getByTestId(`pair-${PAIR_ID}`);
    await card.getByTestId('pair-schedule').click();
    const dialog = boss.getByTestId('schedule-dialog');
    // A week on: after the 1on1 that just ended, so its open items carry over to this one.
    const inAWeek = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(
      Date.now() + 7 * 86_400_000,
    );
    await dialog.getByTestId('schedule-date').fill(inAWeek);
    await dialog.getByTestId('schedule-time').fill('15:30');
    await dialog.getByTestId('schedule-duration').selectOption('45');
    expect(await dialog.textContent()).toContain('Asia/Tokyo');
    await screenshot(boss, 'schedule-ja-1280-light');
    expect(await seriousAxeViolations(boss)).toEqual([]);
    await dialog.getByTestId('schedule-submit').click();
    await boss.getByTestId('home-notice').waitFor();
    expect(await boss.getByTestId('home-notice').textContent()).toMatch(/15:30～16:15/);
    await settled(boss);

    const member = await openSignedIn(taiwa, MEMBER, {
      locale: 'ja-JP',
      width: 280,
      height: 900,
      colorScheme: 'dark',
    });
    const page = member.page;
    await heading1(page, 'わたしの1on1').waitFor();
    await settled(page);
    await page.getByTestId('pair-prepare').click();
    await heading1(page, '1on1の準備').waitFor();
    await settled(page);
    const carried = page.getByTestId('prepare-mine-items').getByTestId('carried-over');
    expect(await carried.count()).toBe(3);
    expect(await carried.first().textContent()).toBe('前回からの持ち越し');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'prepare-carried-ja-280-dark');

    await page.goto(`${taiwa.url}/pairs/${PAIR_ID}/history`);
    await heading1(page, '佐藤 美咲さんとの1on1の履歴').waitFor();
    await settled(page);
    expect(await page.getByTestId('history-entry').count()).toBe(4);
    await page.getByTestId('history-search').fill('勉強会');
    await page.getByTestId('history-count').filter({ hasText: '1件' }).waitFor();
    expect(await page.getByTestId('history-entry').first().textContent()).toContain('チーム勉強会の進め方');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'history-ja-280-dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('history-search').fill('存在しない話題');
    await page.getByTestId('history-no-match').waitFor();

    await page.getByTestId('language-switch').click();
    await page.getByTestId('history-search').fill('');
    await heading1(page, '1on1 history with 佐藤 美咲').waitFor();
    await settled(page);
    await screenshot(page, 'history-en-280-dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect([...manager.errors, ...member.errors]).toEqual([]);
  });

  it('starts a new pair by searching for a colleague', async () => {
    const { page, errors } = await openSignedIn(taiwa, 'Emily Clark', { locale: 'en-US', width: 1280 });
    await heading1(page, 'My 1on1s').waitFor();
    await page.getByTestId('new-pair').click();
    await page.getByTestId('people-search').fill('Hanako');
    await page.getByRole('radio', { name: /鈴木 花子/ }).check();
    await page.getByRole('radio', { name: 'I am the manager' }).check();
    await screenshot(page, 'new-pair-en-1280-light');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('new-pair-submit').click();
    // Naming yourself someone's manager needs their confirmation: until then the pair waits.
    await page.getByRole('heading', { name: 'Waiting for 鈴木 花子 to confirm' }).waitFor();
    expect(await page.getByTestId('pair-pending').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lets an admin edit the catalog, showing the field the server refused', async () => {
    const { page, errors } = await openSignedIn(taiwa, ADMIN, { locale: 'ja-JP', width: 1280 });
    await heading1(page, 'わたしの1on1').waitFor();
    await page.getByRole('link', { name: 'カタログ設定' }).click();
    await heading1(page, 'カタログ設定').waitFor();
    await settled(page);
    await page.getByTestId('admin-add').click();
    const added = page.getByTestId('catalog-entry').last();
    await added.getByTestId('label-ja').fill('チームの雰囲気');
    await page.getByTestId('admin-save').click();
    await page.getByTestId('admin-error').waitFor();
    expect(await page.getByTestId('admin-error').textContent()).toContain('テーマ · 9 · 名前（英語）');
    expect(await added.textContent()).toContain('must not be empty');
    await screenshot(page, 'admin-ja-1280-light');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await added.getByTestId('label-en').fill('Team atmosphere');
    await page.getByTestId('admin-save').click();
    await page.getByText('保存しました。').waitFor();
    const catalog = await callApi(page, 'GET', '/catalog');
    const themes = (catalog.body as { themes: Array<{ id: string; retired: boolean }> }).themes;
    expect(themes.find((theme) => theme.id === 'team_atmosphere')).toMatchObject({ retired: false });

    await page.getByTestId('language-switch').click();
    await heading1(page, 'Catalog settings').waitFor();
    await page.getByTestId('admin-tab-expectedResponses').click();
    await narrowDark(page);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'admin-en-280-dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors.filter((e) => !e.includes('422'))).toEqual([]);
  });

  it('shows the privacy and terms pages without sign-in, in Japanese and English', async () => {
    for (const [locale, privacyTitle, termsTitle] of [
      ['ja-JP', 'プライバシー', '利用規約'],
      ['en-US', 'Privacy', 'Terms of use'],
    ] as const) {
      const { page, errors } = await taiwa.open({ locale, width: 280, height: 900 }, '/privacy');
      await heading1(page, privacyTitle).waitFor();
      await expectNoHorizontalScroll(page);
      await screenshot(page, `privacy-${locale.slice(0, 2)}-280-light`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: termsTitle }).click();
      await heading1(page, termsTitle).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    }
  });
});
