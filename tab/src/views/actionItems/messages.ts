import { interpolate } from '../../i18n/interpolate';
import { useT } from '../../i18n/useT';

const en = {
  'actions.title': 'Action items',
  'actions.intro': 'Who does what, by when. Open ones stay here until they are done.',
  'actions.loading': 'Loading action items…',
  'actions.loadFailed': 'Could not load the action items: {reason}',
  'actions.retry': 'Try again',
  'actions.empty': 'No action items yet.',
  'actions.owner.member': '{name} (member)',
  'actions.owner.manager': '{name} (manager)',
  'actions.due': 'Due {date}',
  'actions.overdue': 'Overdue',
  'actions.carried': 'From an earlier 1on1',
  'actions.doneLabel': 'Done: {text}',
  'actions.changeFailed': 'Could not save the check: {reason}',
  'actions.add.text': 'What is to be done',
  'actions.add.owner': 'Who',
  'actions.add.due': 'By when (optional)',
  'actions.add.from': 'From the agenda',
  'actions.add.fromWrapUp': 'Wrap-up (no agenda item)',
  'actions.add.submit': 'Add action item',
  'actions.add.saving': 'Adding…',
  'actions.add.refused': 'Not added: {reason}',
  'actions.add.required': 'Write what is to be done.',
  'actions.openTitle': 'Open action items',
  'actions.noneOpen': 'No open action items.',
} as const;

type Key = keyof typeof en;

const ja: { readonly [K in Key]: string } = {
  'actions.title': 'アクションアイテム',
  'actions.intro': '誰が・何を・いつまでに。完了するまで次回以降の1on1にも表示されます。',
  'actions.loading': 'アクションアイテムを読み込んでいます…',
  'actions.loadFailed': 'アクションアイテムを読み込めませんでした：{reason}',
  'actions.retry': 'もう一度試す',
  'actions.empty': 'アクションアイテムはまだありません。',
  'actions.owner.member': '{name}さん（メンバー）',
  'actions.owner.manager': '{name}さん（マネージャー）',
  'actions.due': '期限 {date}',
  'actions.overdue': '期限切れ',
  'actions.carried': '前回までの1on1から',
  'actions.doneLabel': '完了：{text}',
  'actions.changeFailed': 'チェックを保存できませんでした：{reason}',
  'actions.add.text': 'やること',
  'actions.add.owner': '担当',
  'actions.add.due': '期限（任意）',
  'actions.add.from': 'きっかけのアジェンダ',
  'actions.add.fromWrapUp': 'まとめ（アジェンダなし）',
  'actions.add.submit': 'アクションアイテムを追加',
  'actions.add.saving': '追加しています…',
  'actions.add.refused': '追加できませんでした：{reason}',
  'actions.add.required': 'やることを書いてください。',
  'actions.openTitle': '未完了のアクションアイテム',
  'actions.noneOpen': '未完了のアクションアイテムはありません。',
};

const catalogs = { en, ja };
export type ActionItemsKey = Key;

/** The action items' texts, in the app's current language. */
export function useActionItemsText() {
  const { locale } = useT();
  return {
    locale,
    t: (key: Key, params: Record<string, string | number> = {}) => interpolate(catalogs[locale][key], params),
  };
}
