/**
 * What both side-panel benchmarks start from: the API with the demo tenant, a headless browser,
 * Kenta signed in, a meeting chat linked to his first pair, and a way to open the meeting side panel
 * in that (stand-in) meeting with the HTTP cache kept between opens.
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../../api/src/dev/demoTenant.js';
import { startTestServer } from '../../api/src/testing/testServer.js';
import { launchBrowser } from '../../e2e/browser.js';
import { waitForHostCall } from '../../e2e/host/fakeHost.js';
import { openInFakeMeeting } from '../../e2e/host/meetingHost.js';

export interface SidePanelBench {
  browser: Browser;
  /** Opens the side panel in `page`; resolves with the milliseconds until the tab called `notifySuccess`. */
  open(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function startSidePanelBench(chatId: string): Promise<SidePanelBench> {
  const server = await startTestServer();
  const browser = await launchBrowser();
  const tokenResponse = await fetch(`${server.url}/api/v1/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: DEMO_PEOPLE.kenta.id }),
  });
  const { accessToken } = (await tokenResponse.json()) as { accessToken: string };
  await fetch(`${server.url}/api/v1/meetings/link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ chatId, pairId: DEMO_PAIRS[0]?.id }),
  });
  return {
    browser,
    async open(page) {
      const started = Date.now();
      await openInFakeMeeting(page, server.url, {
        locale: 'ja-jp',
        frameContext: 'sidePanel',
        chatId,
        tabPath: '/meeting',
        accessToken,
        keepHttpCache: true,
      });
      await waitForHostCall(page, 'appInitialization.success');
      return Date.now() - started;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
