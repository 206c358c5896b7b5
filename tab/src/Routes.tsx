import type { ReactNode } from 'react';
import { PageLayout } from './components/PageLayout';
import {
  AdminAnalytics,
  AdminCatalogPage,
  BackToHome,
  BookingPage,
  CheckinPage,
  HistoryPage,
  Home,
  LegalPage,
  ManagerInsights,
  NotFound,
  PreparePage,
  RatingPage,
  SessionDeepLink,
  TabConfig,
} from './router/lazyViews';
import { MeetingViewRoute } from './router/MeetingViewRoute';
import { parseRoute, usePathname } from './router/router';
import { ViewSuspense } from './router/ViewSuspense';
import { AuthGate } from './views/AuthGate';

/** A page anyone may see: the chrome at once, the view when its chunk has arrived. */
function Public(props: { children: ReactNode }) {
  return (
    <PageLayout>
      <ViewSuspense>{props.children}</ViewSuspense>
    </PageLayout>
  );
}

/** A page for a signed-in user; the view's chunk loads only once sign-in is through. */
function SignedIn(props: { children: ReactNode }) {
  return (
    <AuthGate>
      <ViewSuspense>{props.children}</ViewSuspense>
    </AuthGate>
  );
}

export function Routes() {
  const route = parseRoute(usePathname());
  switch (route.name) {
    case 'config':
      // Teams shows this before anyone uses the tab; it needs no API, so no sign-in either.
      return (
        <Public>
          <TabConfig />
        </Public>
      );
    case 'privacy':
    case 'terms':
      // Linked from the app's store listing: anyone may read them, signed in or not.
      return (
        <Public>
          <LegalPage document={route.name} />
        </Public>
      );
    case 'home':
      return (
        <SignedIn>
          <SessionDeepLink>
            <Home />
          </SessionDeepLink>
        </SignedIn>
      );
    case 'prepare':
      return (
        <SignedIn>
          {/* Keyed so moving to another session starts from a clean slate. */}
          <PreparePage key={route.sessionId} sessionId={route.sessionId} />
        </SignedIn>
      );
    case 'book':
      return (
        <SignedIn>
          <BookingPage key={route.sessionId} sessionId={route.sessionId} />
        </SignedIn>
      );
    case 'history':
      return (
        <SignedIn>
          <HistoryPage key={route.pairId} pairId={route.pairId} />
        </SignedIn>
      );
    case 'rate':
      return (
        <SignedIn>
          <RatingPage key={route.sessionId} sessionId={route.sessionId} />
        </SignedIn>
      );
    case 'checkin':
      return (
        <SignedIn>
          <CheckinPage key={route.pairId} pairId={route.pairId} />
        </SignedIn>
      );
    case 'insights':
      return (
        <SignedIn>
          <BackToHome />
          <ManagerInsights />
        </SignedIn>
      );
    case 'adminCatalog':
      return (
        <SignedIn>
          <AdminCatalogPage />
        </SignedIn>
      );
    case 'adminAnalytics':
      return (
        <SignedIn>
          <BackToHome />
          <AdminAnalytics />
        </SignedIn>
      );
    case 'meeting':
      // The side panel, or the stage when Teams renders /meeting there (frame context decides).
      return (
        <SignedIn>
          <MeetingViewRoute surface="auto" />
        </SignedIn>
      );
    case 'meetingStage':
      return (
        <SignedIn>
          <MeetingViewRoute surface="stage" />
        </SignedIn>
      );
    case 'notFound':
      return (
        <Public>
          <NotFound />
        </Public>
      );
  }
}
