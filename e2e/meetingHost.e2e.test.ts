import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectPageErrors, screenshot } from './browser.js';
import { callTaiwa, devToken } from './devApi.js';
import { startTaiwaAndChromium } from './harness.js';
import { hostCalls, waitForHostCall } from './host/fakeHost.js';
import { type MeetingHostOptions, openInFakeMeeting } from './host/meetingHost.js';

const taiwa = startTaiwaAndChromium();

const MISAKI = 'de000000-0000-4000-8000-000000000101';
const KENTA_PAIR = 'de000000-0000-4000-8000-000000000201';

const api = <T>(path: string, init: Parameters<typeof callTaiwa>[2] = {}) =>
  callTaiwa<T>(taiwa.url, path, init);

/** The tab as a Teams meeting opens it (/meeting, in English, in the side panel unless said otherwise). */
const openMeeting = (
  page: Page,
  options: Pick<MeetingHostOptions, 'chatId' | 'accessToken'> & Partial<MeetingHostOptions>,
) =>
  openInFakeMeeting(page, taiwa.url, {
    locale: 'en-us',
    frameContext: 'sidePanel',
    tabPath: '/meeting',
    ...options,
  });

/** A fresh profile at a meeting side panel's size, whose browser says English. */
const sidePanelPage = async () =>
  (await taiwa.profile({ locale: 'en-US', width: 320, height: 1200 })).newPage();

describe('inside a Teams meeting (fake meeting host)', { timeout: 90_000 }, () => {
  it('resolves the meeting’s 1on1 in the side panel and then reports success to the host', async () => {
    const token = await devToken(taiwa.url, MISAKI);
    const chatId = '19:meeting_e2eLinked@thread.v2';
    const linked = await api<{ session: { id: string } }>('/meetings/link', {
      token,
      method: 'POST',
      body: { chatId, pairId: KENTA_PAIR },
    });

    const page = await sidePanelPage();
    const errors = collectPageErrors(page);
    const frame = await openMeeting(page, { locale: 'ja-jp', chatId, accessToken: token });
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
    const token = await devToken(taiwa.url, MISAKI);
    const chatId = '19:meeting_e2eLinked@thread.v2';
    for (const stageSharing of ['denied', 'error'] as const) {
      const page = await sidePanelPage();
      const frame = await openMeeting(page, { chatId, accessToken: token, stageSharing });
      await frame.getByTestId('side-panel').waitFor();
      await waitForHostCall(page, 'meeting.getAppContentStageSharingCapabilities');
      expect(await frame.getByTestId('share-to-stage').count()).toBe(0);
      // Inside Teams there is no "open in a new window" fallback either: Teams' own share icon remains.
      expect(await frame.getByTestId('open-stage').count()).toBe(0);
      expect((await hostCalls(page)).map((c) => c.func)).not.toContain('meeting.shareAppContentToStage');
      if (stageSharing === 'denied') await screenshot(page, 'teams-meeting-sidepanel-no-stage-en');
      await page.context().close();
    }
  });

  it('asks once which pair an unlinked meeting belongs to, then remembers it', async () => {
    const token = await devToken(taiwa.url, MISAKI);
    const chatId = '19:meeting_e2eUnlinked@thread.v2';
    const page = await sidePanelPage();
    let frame = await openMeeting(page, { chatId, accessToken: token });
    await frame.getByRole('heading', { level: 1, name: 'Who is this 1on1 with?' }).waitFor();
    await waitForHostCall(page, 'appInitialization.success');
    await frame.getByRole('button', { name: '田中 健太 (your member)' }).click();
    await frame.getByTestId('side-panel').waitFor();
    const sessionId = await frame.getByTestId('side-panel').getAttribute('data-session-id');

    frame = await openMeeting(page, { chatId, accessToken: token });
    await frame.getByTestId('side-panel').waitFor();
    expect(await frame.getByTestId('side-panel').getAttribute('data-session-id')).toBe(sessionId);
    expect(await frame.getByTestId('pair-picker').count()).toBe(0);
  });

  it('shows the stage when Teams renders the tab on the meeting stage', async () => {
    const token = await devToken(taiwa.url, MISAKI);
    const chatId = '19:meeting_e2eLinked@thread.v2';
    const { session } = await api<{ session: { id: string } }>(
      `/meetings/resolve?chatId=${encodeURIComponent(chatId)}`,
      { token },
    );
    const roll = await api<{ face: { id: string } }>(`/sessions/${session.id}/dice`, {
      token,
      method: 'POST',
    });
    const page = await (await taiwa.profile({ locale: 'en-US', width: 1280, height: 800 })).newPage();
    const frame = await openMeeting(page, { frameContext: 'meetingStage', chatId, accessToken: token });
    await frame.getByTestId('stage').waitFor();
    expect(await frame.getByTestId('dice-result').getAttribute('data-face')).toBe(roll.face.id);
    await waitForHostCall(page, 'appInitialization.success');
    await screenshot(page, 'teams-meeting-stage-en');
  });
});
