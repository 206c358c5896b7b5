import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../api/src/dev/demoTenant.js';
import { type FakeConnector, startFakeConnector } from '../api/src/testing/fakeConnector.js';
import {
  cardAction,
  personalChatId,
  personalInstall,
  type TeamsUser,
} from '../api/src/testing/teamsActivities.js';
import { startTestServer, type TestServer } from '../api/src/testing/testServer.js';
import { seriousAxeViolations } from './axe.js';
import { collectPageErrors, launchBrowser, newContext, RESULTS_DIR, screenshot } from './browser.js';
import { callTaiwa, devToken } from './devApi.js';
import { openInFakeMeeting } from './host/meetingHost.js';
import { signInAs } from './signIn.js';

/**
 * The whole 1on1, as two people live it: the member prepares, the manager reads it, both open the
 * meeting side panel inside a (stand-in) Teams meeting, roll the dice, write memos, end the 1on1;
 * the bot's rating card reaches the member through the Bot Framework endpoint and is answered there;
 * the manager's feedback shows it. Every step leaves a screenshot in test-results/.
 */

const PAIR = DEMO_PAIRS[0]?.id ?? '';
const CHAT_ID = '19:meeting_wholeflow@thread.v2';
const kenta: TeamsUser = { aadObjectId: DEMO_PEOPLE.kenta.id, name: DEMO_PEOPLE.kenta.displayName };
const misaki: TeamsUser = { aadObjectId: DEMO_PEOPLE.misaki.id, name: DEMO_PEOPLE.misaki.displayName };

let server: TestServer;
let connector: FakeConnector;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[][] = [];

const token = (userId: string) => devToken(server.url, userId);

const api = <T>(bearer: string, method: string, url: string, body?: unknown) =>
  callTaiwa<T>(server.url, url, { token: bearer, method, body });

async function postActivity(activity: object): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

async function window(options: {
  locale: string;
  colorScheme: 'light' | 'dark';
  width: number;
}): Promise<Page> {
  const context = await newContext(browser, { ...options, height: 1400 });
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.push(collectPageErrors(page));
  return page;
}

async function signIn(page: Page, displayName: string): Promise<void> {
  await page.goto(server.url);
  await signInAs(page, displayName);
}

async function expectAccessible(target: Page, label: string): Promise<void> {
  expect(await seriousAxeViolations(target), label).toEqual([]);
}

beforeAll(async () => {
  [server, connector, browser] = await Promise.all([
    startTestServer(),
    startFakeConnector(),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await connector?.close();
});

describe('a whole 1on1, end to end', { timeout: 180_000 }, () => {
  let memberHome: Page;
  let managerHome: Page;
  let memberPanel: Frame;
  let managerPanel: Frame;
  let memberHost: Page;
  let managerHost: Page;
  let sessionId: string;

  it('installs the bot for both people and links their 1on1 meeting, as Teams does', async () => {
    for (const user of [kenta, misaki]) {
      expect((await postActivity(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, user))).status).toBe(
        200,
      );
    }
    // Today's 1on1 meeting: opening the tab in it links the meeting chat to the pair's session.
    const linked = await api<{ session: { id: string } }>(
      await token(DEMO_PEOPLE.kenta.id),
      'POST',
      '/meetings/link',
      {
        chatId: CHAT_ID,
        pairId: PAIR,
      },
    );
    sessionId = linked.session.id;
  });

  it('lets the member prepare: a theme and the response she hopes for', async () => {
    memberHome = await window({ locale: 'ja-JP', colorScheme: 'light', width: 1280 });
    await signIn(memberHome, DEMO_PEOPLE.kenta.displayName);
    await memberHome.getByTestId('pair-prepare').first().click();
    await memberHome.waitForURL(new RegExp(sessionId));
    await memberHome.getByTestId('agenda-add').click();
    await memberHome.getByTestId('theme-career').click();
    await memberHome.getByRole('radio', { name: /まずは聞いてほしい/ }).check();
    await memberHome.getByTestId('detail').fill('来期の役割について、まずは話を聞いてほしいです。');
    await memberHome.getByTestId('agenda-form-submit').click();
    await memberHome.getByTestId('prepare-mine-items').getByTestId('agenda-item').first().waitFor();
    await screenshot(memberHome, 'flow-01-member-prepared-ja');
    await expectAccessible(memberHome, 'prepare, ja, light');
  });

  it('shows the manager what was prepared, with how to respond', async () => {
    managerHome = await window({ locale: 'en-US', colorScheme: 'dark', width: 1280 });
    await signIn(managerHome, DEMO_PEOPLE.misaki.displayName);
    const card = managerHome.getByTestId(`pair-${PAIR}`);
    await card.getByTestId('pair-prepared').waitFor();
    expect(await card.getByTestId('pair-prepared').textContent()).toBe('Prepared');
    expect(await card.getByTestId('response-hint').first().textContent()).toContain('summarise');
    await screenshot(managerHome, 'flow-02-manager-sees-preparation-en-dark');
    await expectAccessible(managerHome, 'home, en, dark');
  });

  it('opens the side panel for both inside the Teams meeting, on the same 1on1', async () => {
    const memberToken = await token(DEMO_PEOPLE.kenta.id);
    const managerToken = await token(DEMO_PEOPLE.misaki.id);

    memberHost = await window({ locale: 'ja-JP', colorScheme: 'light', width: 280 });
    managerHost = await window({ locale: 'en-US', colorScheme: 'dark', width: 280 });
    memberPanel = await openInFakeMeeting(memberHost, server.url, {
      locale: 'ja-jp',
      frameContext: 'sidePanel',
      chatId: CHAT_ID,
      tabPath: '/meeting',
      accessToken: memberToken,
    });
    managerPanel = await openInFakeMeeting(managerHost, server.url, {
      locale: 'en-us',
      frameContext: 'sidePanel',
      chatId: CHAT_ID,
      tabPath: '/meeting',
      accessToken: managerToken,
    });
    for (const panel of [memberPanel, managerPanel]) {
      await panel.getByTestId('side-panel').waitFor();
      expect(await panel.getByTestId('side-panel').getAttribute('data-session-id')).toBe(sessionId);
      await panel.getByTestId('meeting-connection').waitFor({ state: 'detached' });
    }
    // The member's item, with the response she asked for, is in front of the manager.
    expect(await managerPanel.getByTestId('agenda-expects').first().textContent()).toContain('Just listen');
    await screenshot(memberHost, 'flow-03-side-panel-member-ja');
    await screenshot(managerHost, 'flow-03-side-panel-manager-en-dark');
  });

  it('starts with dice talk: a roll by one shows the same prompt to the other', async () => {
    await memberPanel.getByTestId('dice-roll').click();
    await memberPanel.locator('[data-testid="dice-result"][data-seq="1"]').waitFor();
    await managerPanel.locator('[data-testid="dice-result"][data-seq="1"]').waitFor({ timeout: 2_000 });
    expect(await managerPanel.getByTestId('dice-result').getAttribute('data-face')).toBe(
      await memberPanel.getByTestId('dice-result').getAttribute('data-face'),
    );
    await screenshot(managerHost, 'flow-04-dice-manager');
  });

  it('shares memos and keeps the manager’s private memo hers alone', async () => {
    await managerPanel.getByTestId('private-memo-input').fill('Ask about the lead role next time');
    await managerPanel.getByTestId('private-memo-save').click();
    await managerPanel.getByTestId('private-memo').getByText('Saved').waitFor();
    await memberPanel.getByTestId('memo-new-input').fill('来月までにキャリアの希望をまとめる');
    await memberPanel.getByTestId('memo-add').click();
    await managerPanel
      .getByTestId('shared-memo-body')
      .filter({ hasText: '来月までにキャリアの希望をまとめる' })
      .waitFor({ timeout: 2_000 });
    expect(await memberPanel.locator('body').textContent()).not.toContain('lead role');
    await managerPanel.getByTestId('agenda-item').first().getByRole('checkbox').click();
    await memberPanel
      .locator('[data-testid="agenda-item"][data-status="discussed"]')
      .waitFor({ timeout: 2_000 });
    await screenshot(memberHost, 'flow-05-memos-member');
    await screenshot(managerHost, 'flow-05-memos-manager');
  });

  it('books the next 1on1 before parting, from times both are free', async () => {
    const booking = managerPanel.getByTestId('next-booking');
    await booking.getByRole('button', { name: 'Find times' }).click();
    await booking.getByRole('radio').first().check();
    await booking.getByRole('button', { name: 'Book this time' }).click();
    await managerPanel.getByTestId('next-booking-done').waitFor();
    const managerToken = await token(DEMO_PEOPLE.misaki.id);
    const view = await api<{ nextSessionId: string | null }>(managerToken, 'GET', `/sessions/${sessionId}`);
    expect(view.nextSessionId).not.toBeNull();
    await screenshot(managerHost, 'flow-06-next-booked-manager');
  });

  it('ends the 1on1 for both', async () => {
    await managerPanel.getByTestId('meeting-end').click();
    await managerPanel.getByTestId('meeting-end-confirm').click();
    for (const panel of [memberPanel, managerPanel]) {
      await panel.locator('[data-testid="meeting-status"][data-status="ended"]').waitFor({ timeout: 2_000 });
    }
    await screenshot(memberHost, 'flow-07-ended-member');
  });

  it('sends the member the rating card, and stores her answer from it', async () => {
    await server.app.jobs.runner.drain();
    const ratingCard = connector.delivered
      .filter((request) => request.conversationId === personalChatId(kenta))
      .map((request) => JSON.stringify(request.activity))
      .find((activity) => activity.includes('すっきり度'));
    expect(ratingCard).toBeDefined();
    writeFileSync(path.join(RESULTS_DIR, 'flow-08-rating-card.json'), ratingCard ?? '');

    const memberToken = await token(DEMO_PEOPLE.kenta.id);
    const view = await api<{ agenda: Array<{ id: string }> }>(memberToken, 'GET', `/sessions/${sessionId}`);
    const itemId = view.agenda[0]?.id ?? '';
    const answer = await postActivity(
      cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'rating.submit', {
        sessionId,
        clarity: '5',
        [`fit.${itemId}`]: 'yes',
        impressions: '最後まで聞いてもらえて、すっきりしました',
        shareImpressions: 'true',
      }),
    );
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain('ふりかえりありがとうございました');
  });

  it('shows the manager how her way of responding fit', async () => {
    const managerToken = await token(DEMO_PEOPLE.misaki.id);
    const feedback = await api<{
      responses: Array<{ expectedResponseId: string; yes: number; ratings: number }>;
    }>(managerToken, 'GET', '/insights/me');
    expect(JSON.stringify(feedback)).toContain('listen');
    await managerHome.goto(`${server.url}/insights`);
    await managerHome.getByTestId('manager-insights').waitFor();
    await managerHome.getByTestId('fit-listen').waitFor();
    await screenshot(managerHome, 'flow-09-manager-feedback-en-dark');
    await expectAccessible(managerHome, 'insights, en, dark');
  });

  it('opens the 1on1 from the link in the member’s card', async () => {
    const card = connector.delivered
      .filter((request) => request.conversationId === personalChatId(kenta))
      .map((request) => JSON.stringify(request.activity))
      .find((activity) => activity.includes('すっきり度'));
    const link = /"url":"(http[^"]+\?session=[^"]+)"/.exec(card ?? '')?.[1];
    expect(link).toBeDefined();
    // Cards link to PUBLIC_URL; this test server listens on a port of its own.
    await memberHome.goto(`${server.url}/${new URL(link ?? server.url).search}`);
    // The 1on1 has ended with its next one booked, so the link lands on its page, not on a booking.
    await memberHome.waitForURL(new RegExp(`/sessions/${sessionId}/prepare$`));
    await memberHome.getByTestId('prepare').waitFor();
    // The page the wrap-up card opens when nothing is booked yet.
    await managerHome.goto(`${server.url}/sessions/${sessionId}/book`);
    await managerHome.getByTestId('booking-page').waitFor();
    await screenshot(managerHome, 'flow-10-booking-page-en-dark');
    await expectAccessible(managerHome, 'booking page, en, dark');
  });

  it('raised no error in any page', () => {
    const known = /ERR_NAME_NOT_RESOLVED|res\.cdn\.office\.net/;
    expect(pageErrors.flat().filter((message) => !known.test(message))).toEqual([]);
  });
});
