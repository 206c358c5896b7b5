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

/** A page and the ids its path carries. */
export type Route =
  | { name: 'home' }
  | { name: 'config' }
  | { name: 'meeting' }
  | { name: 'meetingStage' }
  | { name: 'prepare'; sessionId: string }
  | { name: 'book'; sessionId: string }
  | { name: 'rate'; sessionId: string }
  | { name: 'history'; pairId: string }
  | { name: 'checkin'; pairId: string }
  | { name: 'insights' }
  | { name: 'adminCatalog' }
  | { name: 'adminAnalytics' }
  | { name: 'privacy' }
  | { name: 'terms' }
  | { name: 'notFound' };

export type RouteName = Route['name'];

const FIXED: Record<string, Route> = {
  '/': { name: 'home' },
  '/config': { name: 'config' },
  '/meeting': { name: 'meeting' },
  '/meeting/stage': { name: 'meetingStage' },
  '/insights': { name: 'insights' },
  '/admin/catalog': { name: 'adminCatalog' },
  '/admin/analytics': { name: 'adminAnalytics' },
  '/privacy': { name: 'privacy' },
  '/terms': { name: 'terms' },
};

// Ids are UUIDs or similar opaque tokens; anything else is not one of our addresses.
const SEGMENT = '([A-Za-z0-9-]{1,64})';
const PREPARE = new RegExp(`^/sessions/${SEGMENT}/prepare$`);
const BOOK = new RegExp(`^/sessions/${SEGMENT}/book$`);
const RATE = new RegExp(`^/sessions/${SEGMENT}/rate$`);
const HISTORY = new RegExp(`^/pairs/${SEGMENT}/history$`);
const CHECKIN = new RegExp(`^/pairs/${SEGMENT}/checkin$`);

/** Trailing slashes are tolerated because hosts sometimes append them to configured URLs. */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const fixed = FIXED[path];
  if (fixed) return fixed;
  const prepare = PREPARE.exec(path);
  if (prepare?.[1]) return { name: 'prepare', sessionId: prepare[1] };
  const book = BOOK.exec(path);
  if (book?.[1]) return { name: 'book', sessionId: book[1] };
  const rate = RATE.exec(path);
  if (rate?.[1]) return { name: 'rate', sessionId: rate[1] };
  const history = HISTORY.exec(path);
  if (history?.[1]) return { name: 'history', pairId: history[1] };
  const checkin = CHECKIN.exec(path);
  if (checkin?.[1]) return { name: 'checkin', pairId: checkin[1] };
  return { name: 'notFound' };
}

export function matchRoute(pathname: string): RouteName {
  return parseRoute(pathname).name;
}

/** Where each page lives, so links are built in one place. */
export const paths = {
  home: () => '/',
  prepare: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/prepare`,
  book: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/book`,
  rate: (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/rate`,
  history: (pairId: string) => `/pairs/${encodeURIComponent(pairId)}/history`,
  checkin: (pairId: string) => `/pairs/${encodeURIComponent(pairId)}/checkin`,
  insights: () => '/insights',
  adminCatalog: () => '/admin/catalog',
  adminAnalytics: () => '/admin/analytics',
  privacy: () => '/privacy',
  terms: () => '/terms',
};
