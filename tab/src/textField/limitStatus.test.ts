import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../api/limits';
import { limitStatus } from './limitStatus';

describe('limit counter', () => {
  it('stays quiet well under the limit and appears from 80 %', () => {
    expect(limitStatus('a'.repeat(3199), 4000)).toEqual({
      count: 3199,
      limit: 4000,
      showCounter: false,
      over: 0,
    });
    expect(limitStatus('a'.repeat(3200), 4000)).toMatchObject({ showCounter: true, over: 0 });
    expect(limitStatus('a'.repeat(4000), 4000).over).toBe(0);
  });

  it('says how far over a text is: 4,100 and 12,000 characters in a memo', () => {
    expect(limitStatus('a'.repeat(4100), TEXT_LIMITS.memoBody)).toMatchObject({ count: 4100, over: 100 });
    expect(limitStatus('a'.repeat(12_000), TEXT_LIMITS.memoBody).over).toBe(8000);
  });

  it('counts as the server does: code points, after trimming', () => {
    expect(limitStatus('🎉'.repeat(4000), 4000).over).toBe(0);
    expect(limitStatus('🎉'.repeat(4001), 4000).over).toBe(1);
    expect(limitStatus(`  ${'次'.repeat(200)}\n\n`, 200)).toMatchObject({ count: 200, over: 0 });
  });

  it('uses the limits the API enforces', () => {
    expect(TEXT_LIMITS).toMatchObject({ memoBody: 4000, agendaThemeText: 200, agendaDetail: 2000 });
  });
});
