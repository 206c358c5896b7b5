import { beforeAll, describe, expect, it } from 'vitest';
import type { Cadence } from '../../../api/types';
import { cadenceText } from '../../../i18n/cadence';
import { clockTime, describeCadence, weekdayName } from './describeCadence';

const translator = (locale: 'ja' | 'en') => cadenceText.translator(locale);

const cadence = (overrides: Partial<Cadence> = {}): Cadence => ({
  rhythm: 'weekly',
  weekday: 4,
  minuteOfDay: 14 * 60,
  durationMinutes: 45,
  timeZone: 'Asia/Tokyo',
  weekOfMonth: null,
  ...overrides,
});

describe('describeCadence', () => {
  beforeAll(() => cadenceText.load(['en']));

  it('says the rhythm in Japanese and English', () => {
    expect(describeCadence(cadence(), 'ja', translator('ja'), 'Asia/Tokyo')).toBe('毎週木曜日 14:00（45分）');
    expect(describeCadence(cadence({ rhythm: 'biweekly' }), 'en', translator('en'), 'Asia/Tokyo')).toBe(
      'Every other Thursday at 14:00 (45 min)',
    );
    expect(
      describeCadence(cadence({ rhythm: 'monthly', weekOfMonth: 2 }), 'ja', translator('ja'), 'Asia/Tokyo'),
    ).toBe('毎月第2木曜日 14:00（45分）');
    expect(
      describeCadence(
        cadence({ rhythm: 'monthly', weekOfMonth: 5, weekday: 5 }),
        'en',
        translator('en'),
        'Asia/Tokyo',
      ),
    ).toBe('Monthly on the last Friday at 14:00 (45 min)');
  });

  it('names the zone only when it is not the viewer’s', () => {
    expect(describeCadence(cadence(), 'en', translator('en'), 'Europe/London')).toBe(
      'Every Thursday at 14:00 (45 min) in Asia/Tokyo',
    );
  });

  it('names weekdays from ISO numbers and writes times as on a clock', () => {
    expect(weekdayName(1, 'en')).toBe('Monday');
    expect(weekdayName(7, 'ja')).toBe('日曜日');
    expect(clockTime(9 * 60 + 5)).toBe('9:05');
    expect(clockTime(0)).toBe('0:00');
  });
});
