import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, seriousAxeViolations } from './axe.js';
import { collectPageErrors, launchBrowser, newContext, screenshot } from './browser.js';
import { settled } from './pageChecks.js';
import { type RunningTaiwa, startTaiwa } from './server.js';
import { signInAs } from './signIn.js';
import { callApi } from './tabApi.js';

// Every view outside the meeting (which meeting.e2e.test.ts audits at 280 px), in Japanese on a
// light theme and in English on a dark one: axe must find nothing serious or critical anywhere.

const MEMBER = '田中 健太';
const MANAGER = '佐藤 美咲';
const ADMIN = '山本 翔';
/** Manages 鈴木 花子; this file ends their upcoming 1on1 so the card offers to book the next. */
const BOOKER = 'David Miller';
const PAIR_ID = 'de000000-0000-4000-8000-000000000201';
const BOOKER_PAIR_ID = 'de000000-0000-4000-8000-000000000203';

interface Mode {
  name: string;
  locale: 'ja-JP' | 'en-US';
  lang: 'ja' | 'en';
  colorScheme: 'light' | 'dark';
}

const MODES: Mode[] = [
  { name: 'ja-light', locale: 'ja-JP', lang: 'ja', colorScheme: 'light' },
  { name: 'en-dark', locale: 'en-US', lang: 'en', colorScheme: 'dark' },
];

let taiwa: RunningTaiwa;
let browser: Browser;

beforeAll(async () => {
  [taiwa, browser] = await Promise.all([startTaiwa(), launchBrowser()]);
  // The booking offer appears on a pair whose last 1on1 ended and whose next is not booked.
  const page = await openAs(BOOKER, MODES[0] as Mode);
  const pairs = await callApi(page, 'GET', '/pairs');
  const pair = (
    pairs.body as { pairs: Array<{ id: string; nextSession: { id: string } | null }> }
  ).pairs.find((p) => p.id === BOOKER_PAIR_ID);
  if (!pair?.nextSession) throw new Error('the demo pair has no upcoming 1on1 to end');
  const ended = await callApi(page, 'POST', `/sessions/${pair.nextSession.id}/status`, { status: 'ended' });
  if (ended.status !== 200) throw new Error(`could not end the 1on1: HTTP ${ended.status}`);
  await page.context().close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await taiwa?.close();
});

async function openPage(mode: Mode, path = '/'): Promise<Page> {
  const context = await newContext(browser, {
    locale: mode.locale,
    colorScheme: mode.colorScheme,
    width: 1024,
    height: 800,
  });
  const page = await context.newPage();
  await page.goto(`${taiwa.url}${path}`);
  return page;
}

/** Signs in on the dev sign-in page; the token lives in this page's sessionStorage. */
async function openAs(displayName: string, mode: Mode): Promise<Page> {
  const page = await openPage(mode);
  await signInAs(page, displayName);
  await page.getByTestId('signed-in-user').waitFor();
  return page;
}

function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/** Waits for the view, checks language and theme, saves a screenshot and records what axe finds. */
async function audit(
  page: Page,
  mode: Mode,
  view: string,
  findings: Record<string, string[]>,
): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator(`[data-theme="${mode.colorScheme}"]`).first().waitFor();
  await settled(page);
  expect(await page.locator('html').getAttribute('lang'), view).toBe(mode.lang);
  await screenshot(page, `a11y-${mode.name}-${view}`);
  const violations = await seriousAxeViolations(page);
  if (violations.length > 0) findings[view] = describeViolations(violations);
}

/** Follows an in-app link (a real <a href>), as a person would. */
async function follow(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).first().click();
}

describe('accessibility of every view outside the meeting', { timeout: 180_000 }, () => {
  for (const mode of MODES) {
    it(`finds no serious or critical axe violation in ${mode.name}`, async () => {
      const findings: Record<string, string[]> = {};
      const errors: string[][] = [];

      const anonymous = await openPage(mode);
      errors.push(collectPageErrors(anonymous));
      await anonymous.getByTestId('sign-in').waitFor();
      await audit(anonymous, mode, 'sign-in', findings);
      for (const path of ['/privacy', '/terms', '/no-such-page']) {
        await anonymous.goto(`${taiwa.url}${path}`);
        await audit(anonymous, mode, path.slice(1), findings);
      }

      const member = await openAs(MEMBER, mode);
      errors.push(collectPageErrors(member));
      await audit(member, mode, 'home-member', findings);
      await follow(member, 'pair-prepare');
      await member.getByTestId('prepare').waitFor();
      await audit(member, mode, 'prepare-member', findings);
      await member.goto(`${taiwa.url}/`);
      await follow(member, 'pair-history');
      await member.getByTestId('history-entry').first().waitFor();
      await audit(member, mode, 'history-member', findings);
      await member.goto(`${taiwa.url}/`);
      await follow(member, 'pair-checkin');
      await member.getByTestId('checkin').waitFor();
      await audit(member, mode, 'checkin-member', findings);

      const manager = await openAs(MANAGER, mode);
      errors.push(collectPageErrors(manager));
      await audit(manager, mode, 'home-manager', findings);
      await follow(manager, 'home-insights');
      await manager.getByTestId('manager-insights').waitFor();
      await audit(manager, mode, 'insights', findings);
      await manager.goto(`${taiwa.url}/pairs/${PAIR_ID}/history`);
      await manager.getByTestId('history-entry').first().waitFor();
      await manager.getByTestId('history-transcript-toggle').first().click();
      await manager.getByTestId('history-entry').first().locator('[id^="transcript-"]').waitFor();
      await audit(manager, mode, 'history-manager-transcript', findings);
      await manager.goto(`${taiwa.url}/pairs/${PAIR_ID}/checkin`);
      await manager.getByTestId('checkin').waitFor();
      await audit(manager, mode, 'checkin-manager', findings);

      const booker = await openAs(BOOKER, mode);
      errors.push(collectPageErrors(booker));
      const card = booker.getByTestId(`pair-${BOOKER_PAIR_ID}`);
      await card.getByTestId('book-next-toggle').click();
      await card.getByTestId('next-booking').waitFor();
      await card.getByTestId('next-booking').getByRole('button').first().click();
      await card.getByRole('radio').first().waitFor();
      await audit(booker, mode, 'home-book-next', findings);

      const admin = await openAs(ADMIN, mode);
      errors.push(collectPageErrors(admin));
      await admin.getByRole('navigation', { name: mode.lang === 'ja' ? '管理' : 'Administration' }).waitFor();
      await audit(admin, mode, 'home-admin', findings);
      await admin
        .getByRole('link', { name: mode.lang === 'ja' ? 'カタログ設定' : 'Catalog settings', exact: true })
        .click();
      await admin.getByTestId('admin-tab-themes').waitFor();
      await audit(admin, mode, 'admin-catalog', findings);
      await admin
        .getByRole('link', { name: mode.lang === 'ja' ? '1on1分析' : 'Analytics', exact: true })
        .click();
      await admin.getByTestId('admin-analytics').waitFor();
      await audit(admin, mode, 'admin-analytics', findings);

      expect(findings).toEqual({});
      expect(errors.flat()).toEqual([]);
    });
  }
});
