import type { Frame, Page } from 'playwright-core';

/**
 * What the stand-in Teams hosts (teamsHost.ts, meetingHost.ts) have in common: a host page served
 * on Taiwa's own origin that iframes the tab (`iframe#tab`) and records every teams-js call the tab
 * makes in `window.hostCalls`.
 */

export interface HostCall {
  func: string;
  args: unknown[];
  /** For appInitialization.success in the meeting host: the session the side panel showed at that moment. */
  sessionShown?: string | null;
}

/** The stand-in host page lives at `url` on Taiwa's own origin, answered by the test rather than the server. */
export async function serveHostPage(
  page: Page,
  url: string,
  html: string,
  keepHttpCache = false,
): Promise<void> {
  if (!keepHttpCache) {
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    return;
  }
  // Chromium's own interception, for this one URL only: every other request, the tab's assets
  // included, goes through the HTTP cache as usual.
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Fetch.requestPaused', (event: { requestId: string }) => {
    void cdp.send('Fetch.fulfillRequest', {
      requestId: event.requestId,
      responseCode: 200,
      responseHeaders: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
      body: Buffer.from(html).toString('base64'),
    });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: url, requestStage: 'Request' }] });
}

/** The tab inside the host page. */
export async function tabFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#tab');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the tab iframe has no frame');
  return frame;
}

export function hostCalls(page: Page): Promise<HostCall[]> {
  return page.evaluate(() => (window as unknown as { hostCalls: HostCall[] }).hostCalls);
}

export async function waitForHostCall(page: Page, func: string): Promise<HostCall> {
  await page.waitForFunction(
    (name) => (window as unknown as { hostCalls: HostCall[] }).hostCalls.some((c) => c.func === name),
    func,
  );
  const calls = await hostCalls(page);
  const call = calls.find((c) => c.func === func);
  if (!call) throw new Error(`${func} was not called`);
  return call;
}
