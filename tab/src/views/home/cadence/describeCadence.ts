import type { Cadence } from '../../../api/types';
import type { CadenceKey, cadenceText } from '../../../i18n/cadence';
import type { TranslatorOf } from '../../../i18n/namespace';

type Translate = TranslatorOf<typeof cadenceText>;
type OrdinalKey = Extract<CadenceKey, `cadence.ordinal.${string}`>;

/** A Monday, from which ISO weekdays 1–7 follow. */
const A_MONDAY = Date.UTC(2024, 0, 1);

export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(A_MONDAY + (weekday - 1) * 86_400_000),
  );
}

export function clockTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}`;
}

/** "Every other Thursday at 14:00 (45 min)" / "隔週木曜日 14:00（45分）", with the zone when it is not the viewer's. */
export function describeCadence(
  cadence: Cadence,
  locale: string,
  t: Translate,
  viewerTimeZone: string,
): string {
  const params = {
    weekday: weekdayName(cadence.weekday, locale),
    time: clockTime(cadence.minuteOfDay),
    minutes: cadence.durationMinutes,
    ordinal: cadence.weekOfMonth === null ? '' : t(`cadence.ordinal.${cadence.weekOfMonth}` as OrdinalKey),
  };
  const text = t(`cadence.${cadence.rhythm}`, params);
  return cadence.timeZone === viewerTimeZone
    ? text
    : `${text} ${t('cadence.zone', { zone: cadence.timeZone })}`;
}
