import { interpolate } from '../../../i18n/interpolate';
import { useT } from '../../../i18n/useT';

const en = {
  'cadence.heading': 'Rhythm',
  'cadence.none': 'No rhythm yet: set one and Taiwa proposes its date first when you book the next 1on1.',
  'cadence.weekly': 'Every {weekday} at {time} ({minutes} min)',
  'cadence.biweekly': 'Every other {weekday} at {time} ({minutes} min)',
  'cadence.monthly': 'Monthly on the {ordinal} {weekday} at {time} ({minutes} min)',
  'cadence.zone': 'in {zone}',
  'cadence.next': 'By this rhythm the next 1on1 is {when}.',
  'cadence.set': 'Set a rhythm',
  'cadence.change': 'Change',
  'cadence.remove': 'Stop the rhythm',
  'cadence.save': 'Save rhythm',
  'cadence.saving': 'Saving…',
  'cadence.cancel': 'Cancel',
  'cadence.saved': 'Saved. Both of you see this rhythm.',
  'cadence.removed': 'The rhythm is stopped. 1on1s already planned stay.',
  'cadence.failed': 'Not saved: {reason}. Your choices are still here.',
  'cadence.field.rhythm': 'How often',
  'cadence.field.weekday': 'Day',
  'cadence.field.week': 'Which week',
  'cadence.field.time': 'Time',
  'cadence.field.duration': 'Length',
  'cadence.rhythm.weekly': 'Every week',
  'cadence.rhythm.biweekly': 'Every two weeks',
  'cadence.rhythm.monthly': 'Every month',
  'cadence.ordinal.1': 'first',
  'cadence.ordinal.2': 'second',
  'cadence.ordinal.3': 'third',
  'cadence.ordinal.4': 'fourth',
  'cadence.ordinal.5': 'last',
  'cadence.minutes': '{minutes} min',
} as const;

export type CadenceKey = keyof typeof en;

const ja: { readonly [K in CadenceKey]: string } = {
  'cadence.heading': 'リズム',
  'cadence.none': 'リズムは未設定です。設定すると、次回の1on1を予約するときにその日時を最初に提案します。',
  'cadence.weekly': '毎週{weekday} {time}（{minutes}分）',
  'cadence.biweekly': '隔週{weekday} {time}（{minutes}分）',
  'cadence.monthly': '毎月{ordinal}{weekday} {time}（{minutes}分）',
  'cadence.zone': '{zone} 時間',
  'cadence.next': 'このリズムだと次回は {when} です。',
  'cadence.set': 'リズムを設定',
  'cadence.change': '変更',
  'cadence.remove': 'リズムをやめる',
  'cadence.save': 'リズムを保存',
  'cadence.saving': '保存しています…',
  'cadence.cancel': 'キャンセル',
  'cadence.saved': '保存しました。お二人ともこのリズムが表示されます。',
  'cadence.removed': 'リズムをやめました。予定済みの1on1はそのまま残ります。',
  'cadence.failed': '保存できませんでした：{reason}。選んだ内容はそのまま残っています。',
  'cadence.field.rhythm': '頻度',
  'cadence.field.weekday': '曜日',
  'cadence.field.week': '第何週',
  'cadence.field.time': '時刻',
  'cadence.field.duration': '長さ',
  'cadence.rhythm.weekly': '毎週',
  'cadence.rhythm.biweekly': '隔週',
  'cadence.rhythm.monthly': '毎月',
  'cadence.ordinal.1': '第1',
  'cadence.ordinal.2': '第2',
  'cadence.ordinal.3': '第3',
  'cadence.ordinal.4': '第4',
  'cadence.ordinal.5': '最終',
  'cadence.minutes': '{minutes}分',
};

const catalogs = { en, ja };

/** The rhythm's texts, loaded with the views that show it (not with the side panel's first paint). */
export function useCadenceText() {
  const { locale, format } = useT();
  return {
    format,
    locale,
    t: (key: CadenceKey, params: Record<string, string | number> = {}) =>
      interpolate(catalogs[locale][key], params),
  };
}
