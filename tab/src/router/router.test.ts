import { describe, expect, it } from 'vitest';
import { matchRoute } from './router';

describe('matchRoute', () => {
  it('maps paths to pages, tolerating trailing slashes', () => {
    expect(matchRoute('/')).toBe('home');
    expect(matchRoute('/config')).toBe('config');
    expect(matchRoute('/config/')).toBe('config');
    expect(matchRoute('/meeting')).toBe('meeting');
    expect(matchRoute('/nope')).toBe('notFound');
  });
});
