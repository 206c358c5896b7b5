import { useCallback } from 'react';
import { interpolate } from '../../../i18n/interpolate';
import { useT } from '../../../i18n/useT';

/**
 * The item notes' own words, in both languages, for the side panel, history and preparation. They
 * ship with the notes' code, not with the app's or the side panel's first paint.
 */
const en = {
  'notes.toggle': 'Notes',
  'notes.toggleFor': 'Notes on “{theme}”',
  'notes.shared': 'Shared note',
  'notes.sharedHint': 'What you two noted on this item. Both of you see and write it.',
  'notes.private': 'My private note',
  'notes.privateHint': 'Only you see this. {name} never does.',
  'notes.loading': 'Opening the notes…',
  'notes.loadFailed': 'The notes could not be loaded.',
  'notes.retry': 'Try again',
  'notes.save': 'Save note',
  'notes.saved': 'Saved',
  'notes.sending': 'Saving…',
  'notes.waiting': 'Not saved yet — no connection. It is kept here and sent when the connection is back.',
  'notes.empty': 'No note on this item.',
  'notes.history.shared': 'Shared note · {name}',
  'notes.history.private': 'My private note — only you see it',
  'notes.lastTime': 'Last time we noted',
} as const;

const ja: { readonly [K in keyof typeof en]: string } = {
  'notes.toggle': 'メモ',
  'notes.toggleFor': '「{theme}」のメモ',
  'notes.shared': '共有メモ',
  'notes.sharedHint': 'この項目について二人で残すメモです。お互いに読み書きできます。',
  'notes.private': '自分だけのメモ',
  'notes.privateHint': 'あなただけに表示されます。{name}さんには表示されません。',
  'notes.loading': 'メモを開いています…',
  'notes.loadFailed': 'メモを読み込めませんでした。',
  'notes.retry': '再試行',
  'notes.save': 'メモを保存',
  'notes.saved': '保存しました',
  'notes.sending': '保存しています…',
  'notes.waiting': 'まだ保存されていません（接続がありません）。内容はここに残り、接続が戻ると送信します。',
  'notes.empty': 'この項目のメモはありません。',
  'notes.history.shared': '共有メモ · {name}',
  'notes.history.private': '自分だけのメモ（相手には表示されません）',
  'notes.lastTime': '前回のメモ',
};

export type ItemNoteKey = keyof typeof en;

export function useItemNoteT() {
  const { locale } = useT();
  const messages = locale === 'en' ? en : ja;
  return useCallback(
    (key: ItemNoteKey, params: Readonly<Record<string, string | number>> = {}) =>
      interpolate(messages[key], params),
    [messages],
  );
}
