import { describe, expect, it } from 'vitest';
import { matchRoute, parseRoute, paths } from './router';

describe('matchRoute', () => {
  it('maps paths to pages, tolerating trailing slashes', () => {
    expect(matchRoute('/')).toBe('home');
    expect(matchRoute('/config')).toBe('config');
    expect(matchRoute('/config/')).toBe('config');
    expect(matchRoute('/meeting')).toBe('meeting');
    expect(matchRoute('/meeting/stage')).toBe('meetingStage');
    expect(matchRoute('/privacy')).toBe('privacy');
    expect(matchRoute('/terms/')).toBe('terms');
    expect(matchRoute('/admin/catalog')).toBe('adminCatalog');
    expect(matchRoute('/admin/analytics/')).toBe('adminAnalytics');
    expect(matchRoute('/insights')).toBe('insights');
    expect(matchRoute('/nope')).toBe('notFound');
  });

  it('reads ids out of parameterised paths and rejects malformed ones', () => {
    expect(parseRoute('/sessions/de00-01/prepare')).toEqual({ name: 'prepare', sessionId: 'de00-01' });
    expect(parseRoute('/pairs/p-1/history/')).toEqual({ name: 'history', pairId: 'p-1' });
    expect(parseRoute('/pairs/p-2/checkin')).toEqual({ name: 'checkin', pairId: 'p-2' });
    expect(parseRoute('/sessions/s-3/rate')).toEqual({ name: 'rate', sessionId: 's-3' });
    expect(parseRoute(paths.rate('s-4'))).toEqual({ name: 'rate', sessionId: 's-4' });
    expect(parseRoute('/pairs/p-2/checkin/extra')).toEqual({ name: 'notFound' });
    expect(parseRoute('/sessions/a%2Fb/prepare')).toEqual({ name: 'notFound' });
    expect(parseRoute('/sessions//prepare')).toEqual({ name: 'notFound' });
  });

  it('builds paths that parse back to the same page', () => {
    expect(parseRoute(paths.prepare('s-1'))).toEqual({ name: 'prepare', sessionId: 's-1' });
    expect(parseRoute(paths.history('p-9'))).toEqual({ name: 'history', pairId: 'p-9' });
    expect(parseRoute(paths.checkin('p-9'))).toEqual({ name: 'checkin', pairId: 'p-9' });
    expect(parseRoute(paths.insights())).toEqual({ name: 'insights' });
    expect(parseRoute('/sessions/abc-1/book')).toEqual({ name: 'book', sessionId: 'abc-1' });
    expect(parseRoute(paths.book('abc-1'))).toEqual({ name: 'book', sessionId: 'abc-1' });
    expect(parseRoute(paths.adminAnalytics())).toEqual({ name: 'adminAnalytics' });
  });
});
