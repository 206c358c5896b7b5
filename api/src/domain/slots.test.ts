import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertTimeZone,
  freeSlotsByDay,
  isFree,
  proposeSlots,
  type SlotSearch,
  zonedInstant,
} from './slots.js';

const at = (iso: string) => new Date(iso);
// Monday 30 November 2026, 10:00 in Tokyo.
const MONDAY_TOKYO = at('2026-11-30T01:00:00Z');

function search(overrides: Partial<SlotSearch> = {}): SlotSearch {
  return {
    notBefore: MONDAY_TOKYO,
    days: 7,
    durationMinutes: 30,
    timeZone: 'Asia/Tokyo',
    busy: [],
    preferredMinuteOfDay: null,
    ...overrides,
  };
}

describe('zonedInstant', () => {
  it('turns local wall-clock times into instants, across daylight saving changes', () => {
    expect(zonedInstant({ year: 2026, month: 12, day: 1 }, 9 * 60, 'Asia/Tokyo').toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
    // New York: EST (UTC-5) before 8 March 2026, EDT (UTC-4) after.
    expect(zonedInstant({ year: 2026, month: 3, day: 6 }, 9 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-06T14:00:00.000Z',
    );
    expect(zonedInstant({ year: 2026, month: 3, day: 9 }, 9 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-09T13:00:00.000Z',
    );
  });

  it('takes a skipped time as the time after the gap, and a repeated time as its first occurrence', () => {
    // 02:30 on 8 March 2026 does not exist in New York: 03:30 EDT.
    expect(zonedInstant({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    // 01:30 on 1 November 2026 happens twice: first in EDT (05:30 UTC), then in EST.
    expect(zonedInstant({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // Midnight skipped in Santiago when Chile moves to summer time (6 September 2026): 01:00.
    expect(zonedInstant({ year: 2026, month: 9, day: 6 }, 0, 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });
});

describe('proposeSlots', () => {
  it('offers one slot per working day from the next day on, at the start of working hours by default', () => {
    const proposals = proposeSlots(search());
    expect(proposals.map((slot) => slot.start.toISOString())).toEqual([
      '2026-12-01T00:00:00.000Z', // Tue 09:00 JST
      '2026-12-02T00:00:00.000Z',
      '2026-12-03T00:00:00.000Z',
    ]);
    expect(proposals[0]?.end.toISOString()).toBe('2026-12-01T00:30:00.000Z');
  });

  it('leans towards the pair’s usual time of day', () => {
    const proposals = proposeSlots(search({ preferredMinuteOfDay: 14 * 60 }));
    expect(proposals[0]?.start.toISOString()).toBe('2026-12-01T05:00:00.000Z'); // 14:00 JST
  });

  it('skips busy times of either person and days with no room', () => {
    const busyAllTuesday = { start: at('2026-12-01T00:00:00Z'), end: at('2026-12-01T09:00:00Z') };
    const busyWednesdayMorning = { start: at('2026-12-01T23:30:00Z'), end: at('2026-12-02T01:15:00Z') };
    const proposals = proposeSlots(search({ busy: [busyWednesdayMorning, busyAllTuesday] }));
    expect(proposals.map((slot) => slot.start.toISOString())).toEqual([
      '2026-12-02T01:30:00.000Z', // Wed 10:30 JST, the first half hour after the meeting
      '2026-12-03T00:00:00.000Z',
      '2026-12-04T00:00:00.000Z',
    ]);
  });

  it('skips weekends and keeps the last slot inside working hours', () => {
    const friday = search({ notBefore: at('2026-12-03T09:00:00Z'), days: 4, durationMinutes: 60 });
    const days = freeSlotsByDay(friday);
    expect(days.map((slots) => slots[0]?.start.toISOString())).toEqual([
      '2026-12-04T00:00:00.000Z', // Friday
      '2026-12-07T00:00:00.000Z', // Monday; Saturday and Sunday skipped
    ]);
    expect(days[0]?.at(-1)?.end.toISOString()).toBe('2026-12-04T09:00:00.000Z'); // ends 18:00 JST
  });

  it('proposes nothing when both calendars are full', () => {
    const full = { start: at('2026-11-30T00:00:00Z'), end: at('2026-12-31T00:00:00Z') };
    expect(proposeSlots(search({ busy: [full] }))).toEqual([]);
  });
});

describe('isFree', () => {
  it('tells whether a slot collides with any busy time', () => {
    const slot = { start: at('2026-12-01T00:00:00Z'), end: at('2026-12-01T00:30:00Z') };
    expect(isFree(slot, [{ start: at('2026-12-01T00:30:00Z'), end: at('2026-12-01T01:00:00Z') }])).toBe(true);
    expect(isFree(slot, [{ start: at('2026-12-01T00:29:00Z'), end: at('2026-12-01T01:00:00Z') }])).toBe(
      false,
    );
  });
});

describe('assertTimeZone', () => {
  it('names the field for a zone that does not exist', () => {
    expect(assertTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    try {
      assertTimeZone('Mars/Olympus');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe('timeZone');
    }
  });
});
