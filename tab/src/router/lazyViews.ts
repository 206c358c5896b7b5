import { lazy } from 'react';
import { appText, LOCALES, type Locale } from '../i18n/messages';

// Every view is its own chunk, loaded when its route is first shown: the meeting side panel must
// paint within its JavaScript budget (scripts/tab-budget), so it cannot carry the other pages.
export const Home = lazy(() => import('../views/home/Home').then((m) => ({ default: m.Home })));
export const PreparePage = lazy(() =>
  import('../views/prepare/PreparePage').then((m) => ({ default: m.PreparePage })),
);
export const BookingPage = lazy(() =>
  import('../views/booking/BookingPage').then((m) => ({ default: m.BookingPage })),
);
export const HistoryPage = lazy(() =>
  import('../views/history/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
export const CheckinPage = lazy(() =>
  import('../views/checkin/CheckinPage').then((m) => ({ default: m.CheckinPage })),
);
export const ManagerInsights = lazy(() =>
  import('../views/insights').then((m) => ({ default: m.ManagerInsights })),
);
export const AdminCatalogPage = lazy(() =>
  import('../views/admin/AdminCatalogPage').then((m) => ({ default: m.AdminCatalogPage })),
);
export const AdminAnalytics = lazy(() =>
  import('../views/insights').then((m) => ({ default: m.AdminAnalytics })),
);
// The meeting view's own messages come with it, in every language the app has loaded so far
// (main.tsx loads the first paint's before rendering): the side panel never shows a key or the
// wrong language, and still downloads only the language it paints in.
let meetingViewCode: Promise<typeof import('../views/meeting/MeetingView')> | null = null;
const loadMeetingViewCode = () => {
  meetingViewCode ??= import('../views/meeting/MeetingView');
  return meetingViewCode;
};
/**
 * Starts fetching the meeting view's code while the Teams handshake and sign-in run (main.tsx),
 * instead of after them: inside a meeting it is the only view the tab will show.
 */
export function preloadMeetingView(): void {
  loadMeetingViewCode().catch(() => {
    meetingViewCode = null; // the router's own load tries again and reports the failure
  });
}
let readyMeetingView: typeof import('../views/meeting/MeetingView')['MeetingView'] | null = null;

/**
 * Resolves once the meeting view can render in `locale` without suspending: its code and its
 * messages are in. Never rejects (the lazy route loads again and reports a failure). main.tsx
 * waits for it, briefly, before the first render inside a meeting: a view that suspends is revealed
 * only after React's fallback throttle (300 ms), which the side panel's start-up cannot afford.
 */
export async function meetingViewReadyFor(locale: Locale): Promise<void> {
  try {
    const [view] = await Promise.all([
      loadMeetingViewCode(),
      import('../i18n/meeting').then((m) => m.meetingText.load([locale])),
    ]);
    readyMeetingView = view.MeetingView;
  } catch {
    // the lazy MeetingView below tries again
  }
}

/** The meeting view itself when meetingViewReadyFor finished, else null (use the lazy one). */
export function loadedMeetingView() {
  return readyMeetingView;
}

export const MeetingView = lazy(async () => {
  const [view] = await Promise.all([
    loadMeetingViewCode(),
    import('../i18n/meeting').then((m) =>
      m.meetingText.load(LOCALES.filter((locale) => appText.isLoaded(locale))),
    ),
  ]);
  return { default: view.MeetingView };
});
export const LegalPage = lazy(() =>
  import('../views/legal/LegalPage').then((m) => ({ default: m.LegalPage })),
);
export const TabConfig = lazy(() => import('../views/TabConfig').then((m) => ({ default: m.TabConfig })));
export const NotFound = lazy(() => import('../views/NotFound').then((m) => ({ default: m.NotFound })));
export const SignIn = lazy(() => import('../views/SignIn').then((m) => ({ default: m.SignIn })));
export const EntraSignInError = lazy(() =>
  import('../views/EntraSignInError').then((m) => ({ default: m.EntraSignInError })),
);
// Only "My 1on1s" follows a card's deep link; the side panel does not carry it.
export const SessionDeepLink = lazy(() =>
  import('./SessionDeepLink').then((m) => ({ default: m.SessionDeepLink })),
);
export const BackToHome = lazy(() => import('./BackToHome').then((m) => ({ default: m.BackToHome })));

export const RatingPage = lazy(() =>
  import('../views/rating/RatingPage').then((m) => ({ default: m.RatingPage })),
);
