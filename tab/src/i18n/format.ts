import type { Locale } from './messages';

/** Intl formatters for one locale; built once per locale because Intl constructors are costly. */
export interface DateFormatters {
  dateTime(iso: string): string;
  date(iso: string): string;
  /** "Sat, Nov 28, 2026 10:00 – 10:30 AM" / "2026/11/28(土) 10:00～10:30". */
  timeRange(startIso: string, endIso: string): string;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export function createDateFormatters(locale: Locale): DateFormatters {
  const tag = locale === 'ja' ? 'ja-JP' : 'en';
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'full' });
  // Weekday matters when planning a 1on1.
  const dayFormat = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    weekday: 'short',
  });
  const timeFormat = new Intl.DateTimeFormat(tag, { timeStyle: 'short' });
  return {
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    date: (iso) => dateFormat.format(new Date(iso)),
    timeRange: (startIso, endIso) => {
      const start = new Date(startIso);
      const end = new Date(endIso);
      if (!sameLocalDay(start, end)) return dateTimeFormat.formatRange(start, end);
      // CLDR's Japanese interval pattern is "10時00分～10時30分" even for short times; schedules in
      // Japan read "10:00～10:30", so join two short times there. English keeps Intl's range
      // ("10:00 – 10:30 AM"), which shares the AM/PM marker.
      const times =
        locale === 'ja'
          ? `${timeFormat.format(start)}～${timeFormat.format(end)}`
          : timeFormat.formatRange(start, end);
      return `${dayFormat.format(start)} ${times}`;
    },
  };
}
