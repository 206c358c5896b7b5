import { describe, expect, it } from 'vitest';
import { destinationFor, sessionFromLink } from './sessionDeepLink';

describe('links from cards to one 1on1', () => {
  it('reads the web link and the Teams deep link', () => {
    expect(sessionFromLink('?session=abc-123', null)).toBe('abc-123');
    expect(sessionFromLink('', 'session:abc-123')).toBe('abc-123');
    expect(sessionFromLink('', null)).toBeNull();
    expect(sessionFromLink('?session=../../x', null)).toBeNull();
    expect(sessionFromLink('', 'other:thing')).toBeNull();
  });

  it('asks to book after an ended 1on1 with nothing next, else opens the preparation', () => {
    expect(destinationFor({ status: 'ended', nextSessionId: null })).toBe('book');
    expect(destinationFor({ status: 'ended', nextSessionId: 'n' })).toBe('prepare');
    expect(destinationFor({ status: 'planned', nextSessionId: null })).toBe('prepare');
  });
});
