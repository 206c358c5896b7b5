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
  'actions.edit': 'Edit',
  'actions.editLabel': 'Edit: {text}',
  'actions.edit.save': 'Save',
  'actions.edit.saving': 'Saving…',
  'actions.edit.cancel': 'Cancel',
  'actions.edit.refused': 'Not saved: {reason}',
  'actions.edit.refusedUnknown': 'the server did not say why',
  'actions.edit.changedMeanwhile': '{name} changed this action item meanwhile. Their version:',
  'actions.edit.conflict':
    '{name} saved this action item first. Your text is still in the box: save it to replace theirs, or keep theirs.',
  'actions.edit.keepTheirs': 'Keep theirs',
  'actions.edit.gone':
    '{name} deleted this action item. Your text is still here: add it again, or discard it.',
  'actions.edit.addAgain': 'Add it again',
  'actions.edit.discard': 'Discard my text',
  'actions.delete': 'Delete',
  'actions.deleteLabel': 'Delete: {text}',
  'actions.delete.confirm': 'Delete “{text}”? The other person will no longer see it either.',
  'actions.delete.yes': 'Delete',
  'actions.delete.no': 'Keep it',
  'actions.delete.failed': 'Not deleted: {reason}',
  'actions.delete.changed': 'Not deleted: {name} changed it meanwhile. Here it is as it is now.',
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
  'actions.edit': '編集',
  'actions.editLabel': '編集：{text}',
  'actions.edit.save': '保存',
  'actions.edit.saving': '保存しています…',
  'actions.edit.cancel': 'キャンセル',
  'actions.edit.refused': '保存できませんでした：{reason}',
  'actions.edit.refusedUnknown': 'サーバーから理由は返されませんでした',
  'actions.edit.changedMeanwhile': '編集中に{name}さんがこのアクションアイテムを変更しました。相手の内容：',
  'actions.edit.conflict':
    '{name}さんが先にこのアクションアイテムを保存しました。あなたの入力は残っています。保存すると相手の内容を置き換えます。相手の内容のままにすることもできます。',
  'actions.edit.keepTheirs': '相手の内容のままにする',
  'actions.edit.gone':
    '{name}さんがこのアクションアイテムを削除しました。あなたの入力は残っています。もう一度追加するか、破棄してください。',
  'actions.edit.addAgain': 'もう一度追加する',
  'actions.edit.discard': '入力を破棄する',
  'actions.delete': '削除',
  'actions.deleteLabel': '削除：{text}',
  'actions.delete.confirm': '「{text}」を削除しますか？相手にも表示されなくなります。',
  'actions.delete.yes': '削除する',
  'actions.delete.no': '残す',
  'actions.delete.failed': '削除できませんでした：{reason}',
  'actions.delete.changed': '削除していません：{name}さんが先に変更しました。最新の内容を表示しています。',
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
