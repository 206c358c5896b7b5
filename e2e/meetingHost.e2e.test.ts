import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, newContext, screenshot } from './browser.js';
import { hostCalls, openInFakeMeeting, waitForHostCall } from './host/meetingHost.js';
import { type RunningTaiwa, startTaiwa } from './server.js';

let taiwa: RunningTaiwa;
let browser: Browser;

const MISAKI = 'de000000-0000-4000-8000-000000000101';
const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';

beforeAll(async () => {
  [taiwa, browser] = await Promise.all([startTaiwa(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await taiwa?.close();
});

async function api<T>(
  path: string,
  init: { token?: string; method?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${taiwa.url}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const tokenFor = async (userId: string) =>
  (await api<{ accessToken: string }>('/dev/token', { method: 'POST', body: { userId } })).accessToken;

describe('inside a Teams meeting (fake meeting host)', { timeout: 90_000 }, () => {
  it('resolves the meeting’s 1on1 in the side panel and then reports success to the host', async () => {
    const token = await tokenFor(MISAKI);
    const chatId = '19:meeting_e2eLinked@thread.v2';
    const linked = await api<{ session: { id: string } }>('/meetings/link', {
      token,
      method: 'POST',
      body: { chatId, pairId: KENTA_PAIR },
    });

    const context = await newContext(browser, { locale: 'en-US', width: 320, height: 1200 });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const frame = await openInFakeMeeting(page, taiwa.url, {
      locale: 'ja-jp',
      frameContext: 'sidePanel',
      chatId,
      tabPath: '/meeting',
      accessToken: token,
    });
    await frame.getByTestId('side-panel').waitFor();
    expect(await frame.getByTestId('side-panel').getAttribute('data-session-id')).toBe(linked.session.id);
    // The host's language wins over the browser's.
    await frame.getByRole('heading', { level: 1, name: '田中 健太さんとの1on1' }).waitFor();

    const success = await waitForHostCall(page, 'appInitialization.success');
    // Reported once the side panel showed the resolved session, not while it was still loading.
    expect(success.sessionShown).toBe(linked.session.id);
    const funcs = (await hostCalls(page)).map((c) => c.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs.filter((f) => f === 'appInitialization.success')).toHaveLength(1);

    // Offered because the meeting said the app may share (getAppContentStageSharingCapabilities).
    await waitForHostCall(page, 'meeting.getAppContentStageSharingCapabilities');
    await frame.getByTestId('share-to-stage').click();
    const share = await waitForHostCall(page, 'meeting.shareAppContentToStage');
    expect(share.args).toEqual([
      `${taiwa.url}/meeting/stage?session=${linked.session.id}`,
      { sharingProtocol: 'Collaborative' },
    ]);
    await frame.getByText('ステージに共有しました').waitFor();
    await screenshot(page, 'teams-meeting-sidepanel-ja');
    // teams-js asks a Microsoft CDN for its list of host origins; this machine has no internet.
    expect(errors.filter((e) => !e.includes('ERR_NAME_NOT_RESOLVED'))).toEqual([]);
  });

  it('offers no share-to-stage where the meeting does not let the app share to its stage', async () => {
    const token = await tokenFor(MISAKI);
    const chatId = '19:meeting_e2eLinked@thread.v2';
    for (const stageSharing of ['denied', 'error'] as const) {
      const context = await newContext(browser, { locale: 'en-US', width: 320, height: 1200 });
      const page = await context.newPage();
      const frame = await openInFakeMeeting(page, taiwa.url, {
        locale: 'en-us',
        frameContext: 'sidePanel',
        chatId,
        tabPath: '/meeting',
        accessToken: token,
        stageSharing,
      });
      await frame.getByTestId('side-panel').waitFor();
      await waitForHostCall(page, 'meeting.getAppContentStageSharingCapabilities');
      expect(await frame.getByTestId('share-to-stage').count()).toBe(0);
      // Inside Teams there is no "open in a new window" fallback either: Teams' own share icon remains.
      expect(await frame.getByTestId('open-stage').count()).toBe(0);
      expect((await hostCalls(page)).map((c) => c.func)).not.toContain('meeting.shareAppContentToStage');
      if (stageSharing === 'denied') await screenshot(page, 'teams-meeting-sidepanel-no-stage-en');
      await context.close();
    }
  });

  it('asks once which pair an unlinked meeting belongs to, then remembers it', async () => {
    const token = await tokenFor(MISAKI);
    const chatId = '19:meeting_e2eUnlinked@thread.v2';
    const context = await newContext(browser, { locale: 'en-US', width: 320, height: 1200 });
    const page = await context.newPage();
    let frame = await openInFakeMeeting(page, taiwa.url, {
      locale: 'en-us',
      frameContext: 'sidePanel',
      chatId,
      tabPath: '/meeting',
      accessToken: token,
    });
    await frame.getByRole('heading', { level: 1, name: 'Who is this 1on1 with?' }).waitFor();
    await waitForHostCall(page, 'appInitialization.success');
    await frame.getByRole('button', { name: '田中 健太 (your member)' }).click();
    await frame.getByTestId('side-panel').waitFor();
    const sessionId = await frame.getByTestId('side-panel').getAttribute('data-session-id');

    frame = await openInFakeMeeting(page, taiwa.url, {
      locale: 'en-us',
      frameContext: 'sidePanel',
      chatId,
      tabPath: '/meeting',
      accessToken: token,
    });
    await frame.getByTestId('side-panel').waitFor();
    expect(await frame.getByTestId('side-panel').getAttribute('data-session-id')).toBe(sessionId);
    expect(await frame.getByTestId('pair-picker').count()).toBe(0);
  });

  it('shows the stage when Teams renders the tab on the meeting stage', async () => {
    const token = await tokenFor(MISAKI);
    const chatId = '19:meeting_e2eLinked@thread.v2';
    const { session } = await api<{ session: { id: string } }>(
      `/meetings/resolve?chatId=${encodeURIComponent(chatId)}`,
      { token },
    );
    const roll = await api<{ face: { id: string } }>(`/sessions/${session.id}/dice`, {
      token,
      method: 'POST',
    });
    const context = await newContext(browser, { locale: 'en-US', width: 1280, height: 800 });
    const page = await context.newPage();
    const frame = await openInFakeMeeting(page, taiwa.url, {
      locale: 'en-us',
      frameContext: 'meetingStage',
      chatId,
      tabPath: '/meeting',
      accessToken: token,
    });
    await frame.getByTestId('stage').waitFor();
    expect(await frame.getByTestId('dice-result').getAttribute('data-face')).toBe(roll.face.id);
    await waitForHostCall(page, 'appInitialization.success');
    await screenshot(page, 'teams-meeting-stage-en');
  });
});
