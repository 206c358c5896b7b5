import type { Frame, Page } from 'playwright-core';
import { serveHostPage, tabFrame } from './fakeHost.js';

/** What the fake Teams meeting tells the tab. */
export interface MeetingHostOptions {
  locale: string;
  /** teams-js frame contexts of a meeting tab. */
  frameContext: 'sidePanel' | 'meetingStage';
  /** The meeting's chat id: what the tab resolves its 1on1 from. */
  chatId: string;
  tabPath: string;
  /** A dev-mode token put where the tab keeps it, so the tab starts signed in as inside Teams (SSO). */
  accessToken: string;
  /**
   * How the meeting answers getAppContentStageSharingCapabilities: `allowed` ({doesAppHaveSharePermission:
   * true}, the app has meetingStage and MeetingStage.Write.Chat), `denied` (false), or `error`
   * (error 1000, "App doesn't have permissions to allow share to stage"). Default `allowed`.
   */
  stageSharing?: 'allowed' | 'denied' | 'error';
  /** teams-js' Meeting ID, as the legacy context names it (`meetingId`). */
  meetingId?: string;
  /**
   * Serve the host page without Playwright's request routing, which turns the browser's HTTP cache
   * off for the whole page: for measuring a warm start (bench/tab).
   */
  keepHttpCache?: boolean;
}

/**
 * A stand-in for a Teams meeting client: a page on Taiwa's own origin (teams-js trusts same-origin
 * parents, and Taiwa's frame-ancestors allows 'self') that iframes the tab and speaks teams-js's
 * postMessage protocol, as read in @microsoft/teams-js (internal/communication.js):
 * the tab sends `{id, uuidAsString, func: 'initialize', args: [version, ...]}` and expects
 * `{id, args: [frameContext, hostClientType, runtimeConfig, clientSupportedSDKVersion]}`;
 * `getContext` is answered with a legacy context carrying the meeting and its chat id; callback
 * APIs such as `meeting.shareAppContentToStage` and `meeting.getAppContentStageSharingCapabilities`
 * are answered `[error, result]`, as "Meeting apps API references" documents them. Every call is
 * recorded in `window.hostCalls`.
 */
export async function openInFakeMeeting(
  page: Page,
  baseUrl: string,
  options: MeetingHostOptions,
): Promise<Frame> {
  const hostPath = `/__e2e/meeting-host-${options.frameContext}.html`;
  await serveHostPage(page, `${baseUrl}${hostPath}`, hostPage(options), options.keepHttpCache === true);
  await page.goto(`${baseUrl}${hostPath}`);
  return tabFrame(page);
}

function hostPage(options: MeetingHostOptions): string {
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: { pages: { config: {}, appButton: {}, tabs: {}, backStack: {} }, teamsCore: {}, meeting: {} },
  };
  const legacyContext = {
    locale: options.locale,
    theme: 'default',
    frameContext: options.frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: 'e2e-meeting-session',
    userObjectId: 'e2e-user',
    userPrincipalName: 'e2e@demo.taiwa.example',
    tid: 'e2e-tenant',
    chatId: options.chatId,
    meetingId: options.meetingId ?? 'ZTJlLW1lZXRpbmctaWQ=',
  };
  const capabilities =
    options.stageSharing === 'error'
      ? [{ errorCode: 1000, message: "App doesn't have permissions to allow share to stage" }, null]
      : [null, { doesAppHaveSharePermission: (options.stageSharing ?? 'allowed') === 'allowed' }];
  const token = { accessToken: options.accessToken, expiresAt: Date.now() + 3_600_000 };
  return `<!doctype html><html lang="en"><head><title>Fake Teams meeting</title></head>
<body style="margin:0">
<script>
  window.hostCalls = [];
  // The tab keeps its token in sessionStorage, which a same-origin iframe shares with this page.
  sessionStorage.setItem('taiwa.token', ${JSON.stringify(JSON.stringify(token))});
  const runtime = ${JSON.stringify(JSON.stringify(runtime))};
  const legacyContext = ${JSON.stringify(legacyContext)};
  const frame = document.createElement('iframe');
  frame.id = 'tab';
  frame.title = 'Taiwa';
  frame.src = ${JSON.stringify(options.tabPath)};
  frame.style.cssText = 'border:0;width:100vw;height:100vh';
  document.body.appendChild(frame);
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m.func !== 'string' || event.source !== frame.contentWindow) return;
    const call = { func: m.func, args: m.args };
    if (m.func === 'appInitialization.success') {
      const panel = frame.contentDocument.querySelector('[data-session-id]');
      call.sessionShown = panel ? panel.getAttribute('data-session-id') : null;
    }
    window.hostCalls.push(call);
    const reply = (args) => event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, '*');
    if (m.func === 'initialize') reply(['${options.frameContext}', 'web', runtime, '2.58.0']);
    else if (m.func === 'getContext') reply([legacyContext]);
    else if (m.func === 'meeting.shareAppContentToStage') reply([null, true]);
    else if (m.func === 'meeting.getAppContentStageSharingCapabilities') reply(${JSON.stringify(capabilities)});
    else reply([]);
  });
</script></body></html>`;
}
