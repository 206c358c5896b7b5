import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../api/limits';
import { HISTORY_SEARCH_LIMIT } from './searchLimit';

describe('the history search box', () => {
  it('holds exactly as much as the server searches for', () => {
    expect(HISTORY_SEARCH_LIMIT).toBe(TEXT_LIMITS.historySearch);
  });
});
