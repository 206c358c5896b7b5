import { describe, expect, it } from 'vitest';
import { timing } from './timing';

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
