import { describe, expect, it } from 'vitest';
import { createDateFormatters } from './format';

// Local-time ISO strings (no zone) so the expectations hold in any TZ the test runs in.
const start = '2026-11-27T10:00:00';
const end = '2026-11-27T10:30:00';

describe('timeRange', () => {
  it('writes Japanese schedules the usual way', () => {
    expect(createDateFormatters('ja').timeRange(start, end)).toBe('2026/11/27(金) 10:00～10:30');
  });

  it('writes English schedules with weekday and one date', () => {
    expect(createDateFormatters('en').timeRange(start, end)).toMatch(
      /^Fri, Nov 27, 2026 10:00\s?–\s?10:30\sAM$/,
    );
  });
});
