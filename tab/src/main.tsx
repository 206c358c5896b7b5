import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createRequest } from './api/client';
import { createApi } from './api/endpoints';
import { initHost } from './host/context';
import { initialThemeName, loadTheme } from './host/theme';
import { readStoredLocale, resolveLocale } from './i18n/locale';
import { loadMessages } from './i18n/messages';
import { preloadMeetingView } from './router/lazyViews';
import { requestClientConfigEarly } from './session/earlyClientConfig';

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
  if (window.location.pathname.startsWith('/meeting')) preloadMeetingView();
  const host = await initHost();
  const initialLocale = resolveLocale({
    stored: readStoredLocale(),
    hostLocale: host.locale,
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  // The first paint already has its language and theme (a dark host never flashes light); both
  // are tiny chunks, fetched side by side. On failure the app starts in Japanese / light.
  await Promise.all([
    loadMessages(initialLocale).catch(() => undefined),
    loadTheme(initialThemeName(host)).catch(() => undefined),
  ]);
  createRoot(root).render(
    <StrictMode>
      <App host={host} initialLocale={initialLocale} />
    </StrictMode>,
  );
}

void start();
