import { useSyncExternalStore } from 'react';

// A pathname router is enough: the tab has a handful of top-level pages, and Teams addresses
// them by URL (contentUrl/configurationUrl), so the path is the only routing state.
const NAVIGATE_EVENT = 'taiwa:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getPathname = () => window.location.pathname;

export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname);
}

export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export type RouteName = 'home' | 'config' | 'meeting' | 'notFound';

/** Trailing slashes are tolerated because hosts sometimes append them to configured URLs. */
export function matchRoute(pathname: string): RouteName {
  const path = pathname.replace(/\/+$/, '') || '/';
  switch (path) {
    case '/':
      return 'home';
    case '/config':
      return 'config';
    case '/meeting':
      return 'meeting';
    default:
      return 'notFound';
  }
}
