import type { Frame, Page } from 'playwright-core';
import { serveHostPage, tabFrame } from './fakeHost.js';

/** What the fake host tells the tab about itself. */
export interface FakeHostOptions {
  locale: string;
  /** teams-js theme names: default | dark | contrast. */
  theme: string;
  frameContext: 'content' | 'sidePanel' | 'meetingStage' | 'settings';
  tabPath: string;
}

/**
 * A stand-in for the Teams web client: a page on Taiwa's own origin (teams-js trusts same-origin
 * parents, and Taiwa's frame-ancestors allows 'self') that iframes the tab and answers the
 * teams-js postMessage protocol for the calls our host layer makes. It records every call in
 * `window.hostCalls` and exposes `window.sendToTab(func, args)` for host-initiated events
 * (`sendToTab`). Resolves to the tab's frame.
 */
export async function openInFakeTeams(page: Page, baseUrl: string, options: FakeHostOptions): Promise<Frame> {
  const hostPath = '/__e2e/teams-host.html';
  await serveHostPage(page, `${baseUrl}${hostPath}`, hostPage(options));
  await page.goto(`${baseUrl}${hostPath}`);
  return tabFrame(page);
}

function hostPage(options: FakeHostOptions): string {
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: { pages: { config: {}, appButton: {}, tabs: {}, backStack: {} }, teamsCore: {} },
  };
  const legacyContext = {
    locale: options.locale,
    theme: options.theme,
    frameContext: options.frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: 'e2e-session',
    userObjectId: 'e2e-user',
    userPrincipalName: 'kenta.tanaka@demo.taiwa.example',
    tid: 'e2e-tenant',
    chatId: '19:meeting_e2e@thread.v2',
    meetingId: 'e2e-meeting',
  };
  return `<!doctype html><html lang="en"><head><title>Fake Teams</title></head>
<body style="margin:0">
<iframe id="tab" title="Taiwa" src="${options.tabPath}" style="border:0;width:100vw;height:100vh"></iframe>
<script>
  window.hostCalls = [];
  const frame = document.getElementById('tab');
  const runtime = ${JSON.stringify(JSON.stringify(runtime))};
  const legacyContext = ${JSON.stringify(legacyContext)};
  // Host-initiated events carry no numeric id: teams-js treats messages with one as replies.
  window.sendToTab = (func, args) => frame.contentWindow.postMessage({ func, args }, '*');
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m.func !== 'string' || event.source !== frame.contentWindow) return;
    window.hostCalls.push({ func: m.func, args: m.args });
    const reply = (args) => event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, '*');
    if (m.func === 'initialize') reply(['${options.frameContext}', 'web', runtime, '2.58.0']);
    else if (m.func === 'getContext') reply([legacyContext]);
    // [success, reason]: the host accepted the tab's settings.
    else if (m.func === 'settings.setSettings') reply([true]);
    else reply([]);
  });
</script></body></html>`;
}

/** Sends the tab a host-initiated event (a theme change, the user pressing Save) through the fake host. */
export async function sendToTab(page: Page, func: string, args: unknown[]): Promise<void> {
  await page.evaluate(
    ({ func, args }) =>
      (window as unknown as { sendToTab(f: string, a: unknown[]): void }).sendToTab(func, args),
    { func, args },
  );
}
