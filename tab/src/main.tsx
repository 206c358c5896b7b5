import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createRequest } from './api/client';
import { createApi } from './api/endpoints';
import { initHost } from './host/context';
import { initialThemeName, loadTheme } from './host/theme';
import { readStoredLocale, resolveLocale } from './i18n/locale';
import { loadLocale } from './i18n/namespace';
import { meetingViewReadyFor, preloadMeetingView } from './router/lazyViews';
import { requestClientConfigEarly } from './session/earlyClientConfig';

/** How long the first render waits for the meeting view's code before showing a loading state. */
const MEETING_VIEW_WAIT_MS = 1_500;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  // The host's locale and theme decide the first paint, so read them before rendering; in a
  // plain browser initHost resolves immediately.
  // Side by side with the Teams handshake: the configuration sign-in needs, and inside a meeting
  // the meeting view's code.
  requestClientConfigEarly(() =>
    createApi(
      createRequest({ getToken: () => null, getLocale: () => navigator.language, onUnauthorized: () => {} }),
    ).clientConfig(),
  );
  const inMeetingView = window.location.pathname.startsWith('/meeting');
  if (inMeetingView) preloadMeetingView();
  const host = await initHost();
  const initialLocale = resolveLocale({
    stored: readStoredLocale(),
    hostLocale: host.locale,
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  // The first paint already has its language and theme (a dark host never flashes light); both
  // are tiny chunks, fetched side by side. On failure the app starts in Japanese / light.
  // Inside a meeting, also the meeting view's code (requested above) and its messages, so it renders
  // without suspending; waited for at most briefly, a slow network still gets the loading state.
  await Promise.all([
    loadLocale(initialLocale),
    loadTheme(initialThemeName(host)).catch(() => undefined),
    inMeetingView ? Promise.race([meetingViewReadyFor(initialLocale), delay(MEETING_VIEW_WAIT_MS)]) : null,
  ]);
  performance.mark('taiwa:render');
  createRoot(root, {
    // React re-rendered after an error and succeeded; name the cause, which its minified message
    // (#520) leaves out, so the report says what to fix.
    onRecoverableError: (error, info) => {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      console.error('Taiwa: React recovered from an error:', String(cause), info.componentStack ?? '');
    },
  }).render(
    <StrictMode>
      <App host={host} initialLocale={initialLocale} />
    </StrictMode>,
  );
}

void start();
