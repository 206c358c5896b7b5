import { describe, expect, it } from 'vitest';
import { nextWorkingDay, plannedReminders } from './reminders.js';

const at = (iso: string) => new Date(iso);

describe('reminders', () => {
  it('reminds the day before and the lead time before', () => {
    expect(plannedReminders(at('2026-12-02T01:00:00Z'), 60, at('2026-11-30T00:00:00Z'))).toEqual([
      { timing: 'dayBefore', at: at('2026-12-01T01:00:00Z') },
      { timing: 'soon', at: at('2026-12-02T00:00:00Z') },
    ]);
  });

  it('does not send a day-before reminder late for a 1on1 booked at short notice', () => {
    expect(
      plannedReminders(at('2026-12-02T01:00:00Z'), 30, at('2026-12-01T22:00:00Z')).map((r) => r.timing),
    ).toEqual(['soon']);
  });

  it('follows up on the next working day, skipping the weekend in Japan', () => {
    // Friday 18:00 JST → Monday 18:00 JST.
    expect(nextWorkingDay(at('2026-11-27T09:00:00Z'))).toEqual(at('2026-11-30T09:00:00Z'));
    expect(nextWorkingDay(at('2026-11-24T09:00:00Z'))).toEqual(at('2026-11-25T09:00:00Z'));
  });
});
