import { describe, expect, it } from 'vitest';
import { countdown, timing } from './timing';

const start = '2026-11-25T01:00:00Z';
const end = '2026-11-25T01:30:00Z';
const at = (iso: string) => new Date(iso);

describe('timing', () => {
  it('counts down to the start, then to the end, then the overtime', () => {
    expect(timing(at('2026-11-25T00:50:30Z'), start, end)).toEqual({ phase: 'before', minutes: 10 });
    expect(timing(at('2026-11-25T01:10:00Z'), start, end)).toEqual({
      phase: 'running',
      minutes: 20,
      wrapUp: false,
    });
    expect(timing(at('2026-11-25T01:32:00Z'), start, end)).toEqual({ phase: 'over', minutes: 2 });
  });

  it('nudges to wrap up from five minutes before the end', () => {
    expect(timing(at('2026-11-25T01:24:59Z'), start, end)).toMatchObject({ wrapUp: false });
    expect(timing(at('2026-11-25T01:25:00Z'), start, end)).toMatchObject({ wrapUp: true, minutes: 5 });
    expect(timing(at('2026-11-25T01:30:00Z'), start, end)).toMatchObject({ wrapUp: true, minutes: 0 });
  });
});

describe('countdown, as a person says it', () => {
  const before = (minutes: number) => countdown({ phase: 'before', minutes });
  it.each([
    [1, { key: 'timer.startsInMinutes', n: 1 }],
    [10, { key: 'timer.startsInMinutes', n: 10 }],
    [59, { key: 'timer.startsInMinutes', n: 59 }],
    [60, { key: 'timer.startsInHours', n: 1 }],
    [150, { key: 'timer.startsInHours', n: 3 }],
    [23 * 60 + 59, { key: 'timer.startsInHours', n: 24 }],
    [24 * 60, { key: 'timer.startsInOneDay' }],
    [2 * 24 * 60 - 30, { key: 'timer.startsInDays', n: 2 }],
    [2 * 24 * 60, { key: 'timer.startsInDays', n: 2 }],
  ])('%s minutes before the start', (minutes, expected) => {
    expect(before(minutes)).toEqual(expected);
  });

  it('counts the time left, then the overtime in minutes and past an hour in hours', () => {
    expect(countdown({ phase: 'running', minutes: 3, wrapUp: true })).toEqual({
      key: 'timer.remaining',
      n: 3,
    });
    expect(countdown({ phase: 'over', minutes: 5 })).toEqual({ key: 'timer.overtime', n: 5 });
    expect(countdown({ phase: 'over', minutes: 59 })).toEqual({ key: 'timer.overtime', n: 59 });
    expect(countdown({ phase: 'over', minutes: 61 })).toEqual({ key: 'timer.overtimeHours', n: 1 });
  });

  it('two days ahead reads あと2日 / in 2 days', async () => {
    const { ja } = await import('../../i18n/meeting/ja');
    const { en } = await import('../../i18n/meeting/en');
    const text = timing(new Date('2026-11-23T01:00:00Z'), start, end);
    expect(countdown(text)).toEqual({ key: 'timer.startsInDays', n: 2 });
    expect(ja['timer.startsInDays'].replace('{n}', '2')).toBe('あと2日');
    expect(en['timer.startsInDays'].replace('{n}', '2')).toBe('in 2 days');
    expect(ja['timer.startsInMinutes'].replace('{n}', '10')).toBe('10分後');
    expect(ja['timer.overtime'].replace('{n}', '5')).toBe('5分超過');
  });
});
