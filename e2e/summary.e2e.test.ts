import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeAzureOpenAi, startFakeAzureOpenAi } from '../api/src/testing/fakeAzureOpenAi.js';
import { seriousAxeViolations } from './axe.js';
import { screenshot } from './browser.js';
import { startTaiwaAndChromium } from './harness.js';
import { openHome } from './signIn.js';
import { callApi } from './tabApi.js';

/**
 * The summary the pair controls, in the history of a past 1on1 with a transcript: drafted from the
 * transcript while Azure OpenAI is off (the stand-in receives nothing), then, once the admin turned
 * it on and both people allowed it, drafted by the stand-in, edited and accepted.
 */

const PAIR_ID = 'de000000-0000-4000-8000-000000000201'; // 佐藤 美咲 (manager) × 田中 健太 (member)
const SESSION = 'de000000-0000-4000-8000-000000000303';
const MANAGER = '佐藤 美咲';
const MEMBER = '田中 健太';
const ADMIN = '山本 翔';

let stand: FakeAzureOpenAi;

beforeAll(async () => {
  stand = await startFakeAzureOpenAi();
});

afterAll(async () => {
  await stand?.close();
});

const taiwa = startTaiwaAndChromium({
  env: () => ({
    AZURE_OPENAI_ENDPOINT: stand.endpoint,
    AZURE_OPENAI_DEPLOYMENT: stand.deployment,
    AZURE_OPENAI_API_KEY: stand.apiKey,
  }),
});

/** My 1on1s in a fresh, tall window, signed in as `displayName`. */
const signIn = (displayName: string, locale: 'ja-JP' | 'en-US') =>
  openHome(taiwa, displayName, { locale, width: 1024, height: 1400 });

/** The member prepares two items, the 1on1 ends and a transcript is attached (dev mode's upload). */
async function holdTheOneOnOne(page: Page): Promise<void> {
  for (const item of [
    { themeId: 'career', expectedResponseId: 'listen' },
    { themeId: 'work', expectedResponseId: 'advice' },
  ]) {
    expect((await callApi(page, 'POST', `/sessions/${SESSION}/agenda`, item)).status).toBe(201);
  }
  expect((await callApi(page, 'POST', `/sessions/${SESSION}/status`, { status: 'ended' })).status).toBe(200);
  const status = await page.evaluate(
    async ({ session, vtt }) => {
      const stored = JSON.parse(sessionStorage.getItem('taiwa.token') ?? '{}') as { accessToken?: string };
      const response = await fetch(`/api/v1/sessions/${session}/transcript`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${stored.accessToken}`, 'Content-Type': 'text/vtt' },
        body: vtt,
      });
      return response.status;
    },
    {
      session: SESSION,
      vtt: `WEBVTT\n\n00:00:00.000 --> 00:00:40.000\n<v ${MEMBER}>来期はプロジェクトをリードしてみたいです\n\n00:00:40.000 --> 00:00:50.000\n<v ${MANAGER}>いいですね、詳しく聞かせてください\n`,
    },
  );
  expect(status).toBe(200);
}

async function openSummary(page: Page): Promise<void> {
  await page.goto(`${taiwa.url}/pairs/${PAIR_ID}/history`);
  // The 1on1 just held: the entry whose agenda has the career item (キャリア / Career).
  const entry = page
    .getByTestId('history-entry')
    .filter({ has: page.getByTestId('history-summary-toggle') })
    .filter({ hasText: /キャリア|Career/ })
    .first();
  await entry.getByTestId('history-summary-toggle').click();
  await page.getByTestId('summary-panel').waitFor();
}

describe('the summary the pair controls', () => {
  it('drafts from the transcript with the feature off, then by the stand-in once allowed; edited and accepted', async () => {
    const member = await signIn(MEMBER, 'ja-JP');
    await holdTheOneOnOne(member.page);

    // Off (the admin has not turned it on): the draft is picked from the transcript, nothing is sent.
    await openSummary(member.page);
    expect(await member.page.getByTestId('summary-ai-off').textContent()).toContain('無効');
    await member.page.getByTestId('summary-draft').click();
    await member.page.getByTestId('summary-state').waitFor();
    expect(await member.page.getByTestId('summary-source').textContent()).toContain(
      'どこにも送信していません',
    );
    expect(stand.requests).toHaveLength(0);
    await member.page.getByTestId('summary-discard').click();
    await member.page.getByTestId('summary-empty').waitFor();
    expect(stand.requests).toHaveLength(0);

    // The admin turns it on in the admin area.
    const admin = await signIn(ADMIN, 'ja-JP');
    await admin.page.goto(`${taiwa.url}/admin/catalog`);
    await admin.page.getByTestId('admin-summary-toggle').check();
    await admin.page.getByText('保存しました。').first().waitFor();
    expect((await callApi(admin.page, 'GET', '/admin/summary-settings')).body).toEqual({
      aiEnabled: true,
      configured: true,
    });

    // Each person allows it; each sees the other's choice.
    const manager = await signIn(MANAGER, 'en-US');
    await openSummary(manager.page);
    // No draft, yet the manager (and only the manager) gets the talk-fit section from the transcript.
    await manager.page.getByTestId('talk-fit').filter({ hasText: 'Only you see it' }).waitFor();
    expect(await member.page.getByTestId('talk-fit').count()).toBe(0);
    await manager.page.getByTestId('summary-consent').check();
    await manager.page.getByTestId('summary-their-consent').filter({ hasText: 'has not allowed' }).waitFor();
    await openSummary(member.page);
    await member.page
      .getByTestId('summary-their-consent')
      .filter({ hasText: '相手は許可しています' })
      .waitFor();
    await member.page.getByTestId('summary-consent').check();
    expect(stand.requests).toHaveLength(0);

    // Drafted by the stand-in, edited, accepted.
    await member.page.getByTestId('summary-draft').click();
    await member.page.getByTestId('summary-state').waitFor();
    expect(await member.page.getByTestId('summary-source').textContent()).toContain('Azure OpenAI');
    expect(stand.requests).toHaveLength(1);
    const said = member.page.getByTestId('summary-said').first();
    expect(await said.inputValue()).toContain('Talked about');
    await said.fill('健太さんは来期プロジェクトをリードしたい。');
    await screenshot(member.page, 'summary-1-member-draft-ja');
    await member.page.getByTestId('summary-accept').click();
    await member.page.getByTestId('summary-state').filter({ hasText: '確定済み' }).waitFor();
    expect(await member.page.getByTestId('summary-fit').count()).toBe(0);
    expect(await seriousAxeViolations(member.page)).toEqual([]);

    // The manager's open summary followed live (no reload): drafted, then accepted with the edit.
    await manager.page
      .getByTestId('summary-state')
      .filter({ hasText: 'Accepted' })
      .waitFor({ timeout: 10_000 });
    await manager.page.getByTestId('summary-message').filter({ hasText: 'changed meanwhile' }).waitFor();
    expect(await manager.page.getByTestId('summary-said').first().inputValue()).toBe(
      '健太さんは来期プロジェクトをリードしたい。',
    );
    await screenshot(manager.page, 'summary-2-manager-accepted-en');

    // The manager is editing when the member saves another edit: the manager's words stay, the
    // member's saved text shows under the field, and saving again keeps the manager's; the
    // member's window (nothing typed there) follows to the manager's version.
    const managerSaid = manager.page.getByTestId('summary-said').first();
    await managerSaid.fill('Kenta wants to lead a project next term.');
    await said.fill('健太さんは来期プロジェクトをリードしたい（追記あり）。');
    await member.page.getByTestId('summary-accept').click();
    await member.page.getByTestId('summary-message').filter({ hasText: '保存しました' }).waitFor();
    await manager.page
      .getByTestId('summary-theirs-said')
      .filter({ hasText: '追記あり' })
      .waitFor({ timeout: 10_000 });
    expect(await managerSaid.inputValue()).toBe('Kenta wants to lead a project next term.');
    await manager.page.getByTestId('summary-accept').click();
    await manager.page.getByTestId('summary-message').filter({ hasText: 'Saved.' }).waitFor();
    await expect
      .poll(() => said.inputValue(), { timeout: 10_000 })
      .toBe('Kenta wants to lead a project next term.');
    expect(stand.requests).toHaveLength(1);
    expect([...member.errors, ...manager.errors, ...admin.errors]).toEqual([]);
  }, 240_000);
});
