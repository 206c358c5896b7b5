import { PageLayout } from './components/PageLayout';
import { matchRoute, usePathname } from './router/router';
import { AuthGate } from './views/AuthGate';
import { Home } from './views/Home';
import { MeetingPlaceholder } from './views/MeetingPlaceholder';
import { NotFound } from './views/NotFound';
import { TabConfig } from './views/TabConfig';

export function Routes() {
  const route = matchRoute(usePathname());
  switch (route) {
    case 'config':
      // Teams shows this before anyone uses the tab; it needs no API, so no sign-in either.
      return (
        <PageLayout>
          <TabConfig />
        </PageLayout>
      );
    case 'home':
      return (
        <AuthGate>
          <Home />
        </AuthGate>
      );
    case 'meeting':
      return (
        <AuthGate>
          <MeetingPlaceholder />
        </AuthGate>
      );
    case 'notFound':
      return (
        <PageLayout>
          <NotFound />
        </PageLayout>
      );
  }
}
