import type { app } from '@microsoft/teams-js';
import { firstViewShown } from './firstView';
import { loadTeamsSdk, teamsSdk } from './teams';

/** Where the tab is rendered inside the host; `browser` when there is no Microsoft host. */
export type FrameContext =
  | 'content'
  | 'meetingSidePanel'
  | 'meetingStage'
  | 'sidePanel'
  | 'settings'
  | 'other'
  | 'browser';

/** Host theme reduced to what we render; null when the host does not tell us. */
export type HostTheme = 'light' | 'dark' | 'contrast' | null;

export interface HostContext {
  /** true when teams-js initialised against a Microsoft host (Teams, Outlook, Microsoft 365 app). */
  inHost: boolean;
  /** e.g. `Teams`, `Outlook`, `Office`; null in a plain browser. */
  hostName: string | null;
  frameContext: FrameContext;
  chatId: string | null;
  meetingId: string | null;
  user: { id: string; displayName: string | null; loginHint: string | null; tenantId: string | null } | null;
  /** The host UI language as a BCP 47 tag, e.g. `ja-jp`. */
  locale: string | null;
  theme: HostTheme;
  /** The sub-page a Teams deep link asked for (its `subEntityId`), e.g. `session:<id>`. */
  subPageId: string | null;
}

export const BROWSER_CONTEXT: HostContext = {
  inHost: false,
  hostName: null,
  frameContext: 'browser',
  chatId: null,
  meetingId: null,
  user: null,
  locale: null,
  theme: null,
  subPageId: null,
};

/**
 * Decided synchronously so a plain browser never waits for a handshake that will not come:
 * Teams/Outlook on the web iframe the tab, auth pop-ups have an opener, and the desktop and
 * mobile hosts inject `nativeInterface`.
 */
export function isPlainBrowser(win: Window = window): boolean {
  return win.parent === win && !win.opener && !('nativeInterface' in win);
}

/**
 * Extra host origins teams-js should trust besides Microsoft's own list: none. Taiwa's own origin
 * is deliberately not one of them — naming it would let any page served from it (or injected into
 * it) act as a Microsoft host towards the tab. (The stand-in hosts the browser tests use are served
 * from Taiwa's origin as the parent frame, which teams-js accepts as same-origin without being told.)
 */
export function validMessageOrigins(): string[] {
  return [];
}

/**
 * A framed page is not necessarily inside a Microsoft host (e.g. an unrelated site iframing us).
 * teams-js never rejects in that case, so give up after a while and run as a plain page.
 */
const HANDSHAKE_GIVE_UP_MS = 10_000;

export function toHostTheme(theme: string | null | undefined): HostTheme {
  switch (theme) {
    case 'default':
      return 'light';
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      // 'glass' and future values: let prefers-color-scheme decide.
      return null;
  }
}

function toFrameContext(value: string | undefined): FrameContext {
  switch (value) {
    case 'content':
    case 'meetingStage':
    case 'sidePanel':
    case 'settings':
      return value;
    default:
      return 'other';
  }
}

function fromTeamsContext(ctx: app.Context): HostContext {
  // teams-js reports the meeting side panel as frameContext 'sidePanel' with a meeting present.
  const frame = toFrameContext(ctx.page.frameContext);
  const frameContext: FrameContext = frame === 'sidePanel' && ctx.meeting ? 'meetingSidePanel' : frame;
  return {
    inHost: true,
    hostName: ctx.app.host.name,
    frameContext,
    chatId: ctx.chat?.id ?? null,
    meetingId: ctx.meeting?.id ?? null,
    user: ctx.user
      ? {
          id: ctx.user.id,
          displayName: ctx.user.displayName ?? null,
          loginHint: ctx.user.loginHint ?? null,
          tenantId: ctx.user.tenant?.id ?? null,
        }
      : null,
    locale: ctx.app.locale || null,
    theme: toHostTheme(ctx.app.theme),
    subPageId: ctx.page.subPageId || null,
  };
}

/** Initialises teams-js when inside a host and reads its context; resolves at once in a browser. */
export async function initHost(): Promise<HostContext> {
  if (isPlainBrowser()) return BROWSER_CONTEXT;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), HANDSHAKE_GIVE_UP_MS);
  });
  try {
    const ctx = await Promise.race([
      loadTeamsSdk().then(async ({ app }) => {
        const extraOrigins = validMessageOrigins();
        await (extraOrigins.length === 0 ? app.initialize() : app.initialize(extraOrigins));
        return app.getContext();
      }),
      giveUp,
    ]);
    performance.mark('taiwa:hostContext');
    if (!ctx) {
      console.warn('Taiwa: no Microsoft host answered; running as a plain web page.');
      return BROWSER_CONTEXT;
    }
    return fromTeamsContext(ctx);
  } catch (error) {
    console.warn('Taiwa: teams-js initialisation failed; running as a plain web page.', error);
    return BROWSER_CONTEXT;
  } finally {
    clearTimeout(timer);
  }
}

let notified = false;

/**
 * Tells the host the first view is usable (hides its loading indicator); once per page load. In a
 * plain browser there is no host to tell, but what waited for the first view still runs.
 */
export function notifyAppReady(host: HostContext): void {
  firstViewShown();
  if (notified || !host.inHost) return;
  notified = true;
  // bench:tab reads this mark to show what happened before the host was told.
  performance.mark('taiwa:notifySuccess');
  teamsSdk()
    .app.notifySuccess()
    .catch((error: unknown) => {
      console.warn('Taiwa: notifySuccess failed', error);
    });
}
