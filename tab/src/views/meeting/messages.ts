import { useCallback } from 'react';
import { interpolate } from '../../i18n/interpolate';
import type { Locale } from '../../i18n/messages';
import { useT } from '../../i18n/useT';

/**
 * The in-meeting views' messages. English is the source of the keys and placeholders; Japanese
 * must have exactly the same keys (checked by `satisfies`).
 */
const en = {
  'meeting.loading': 'Finding this meeting’s 1on1…',
  'meeting.sessionLoading': 'Opening the 1on1…',
  'meeting.notOneOnOne.title': 'Taiwa is for 1on1s',
  'meeting.notOneOnOne.body':
    'This meeting has more than two people, or it belongs to another pair’s 1on1. Taiwa’s agenda, memos and dice are for one manager and one member.',
  'meeting.pick.title': 'Who is this 1on1 with?',
  'meeting.pick.intro': 'Choose the person you are meeting. Taiwa remembers it for this meeting from now on.',
  'meeting.pick.introBrowser': 'Choose the 1on1 to open.',
  'meeting.pick.withManager': '{name} (your manager)',
  'meeting.pick.withMember': '{name} (your member)',
  'meeting.pick.none': 'You have no 1on1 pairs yet.',
  'meeting.pick.newTitle': 'Start a new pair',
  'meeting.pick.person': 'The other person',
  'meeting.pick.myRole': 'Your role',
  'meeting.pick.iAmManager': 'I am the manager',
  'meeting.pick.iAmMember': 'I am the member',
  'meeting.pick.create': 'Start the 1on1',
  'meeting.pick.working': 'Opening…',
  'meeting.title': '1on1 with {name}',
  'meeting.status.planned': 'Not started',
  'meeting.status.live': 'In progress',
  'meeting.status.ended': 'Ended',
  'meeting.end': 'End 1on1',
  'meeting.endConfirm': 'End this 1on1 for both of you? Open items move to the next 1on1.',
  'meeting.endedNote': 'This 1on1 has ended. Open items and next topics move to the next one.',
  'meeting.shareToStage': 'Share to stage',
  'meeting.shared': 'Shared to the meeting stage',
  'meeting.shareFailed': 'Could not share to the stage: {reason}',
  'meeting.openStage': 'Open the stage view',
  'meeting.connection.connecting': 'Connecting…',
  'meeting.connection.offline': 'Offline — your edits are kept and sent when the connection is back.',
  'meeting.connection.pending': '{count} edit(s) waiting to be sent',
  'dice.title': 'Dice talk',
  'dice.intro': 'Start with a light topic: roll the dice and both of you see the same prompt.',
  'dice.roll': 'Roll the dice',
  'dice.rollAgain': 'Roll again',
  'dice.rolling': 'Rolling…',
  'dice.result': 'Rolled {face}',
  'dice.rolledBy': 'Rolled by {name} · roll {seq}',
  'dice.none': 'No roll yet',
  'agenda.title': 'Agenda',
  'agenda.empty': 'No agenda items. Talk about what is on your minds, and note it in the memos.',
  'agenda.expects': 'Wants:',
  'agenda.fit': 'Your fit for “{response}” lately: {fit} of {total}',
  'agenda.noExpectation': 'Expected response not chosen yet',
  'agenda.byMember': 'From {name}',
  'agenda.byManager': 'From {name}',
  'agenda.discussed': 'Discussed',
  'agenda.markDiscussed': 'Mark “{theme}” as discussed',
  'agenda.markOpen': 'Mark “{theme}” as not discussed yet',
  'agenda.moveUp': 'Move “{theme}” up',
  'agenda.moveDown': 'Move “{theme}” down',
  'agenda.carried': 'Carried over',
  'agenda.changedMeanwhile': 'The agenda changed meanwhile; it now shows the latest version.',
  'memos.title': 'Shared memos',
  'memos.hint': 'Both of you can read these, now and later.',
  'memos.empty': 'No shared memos yet.',
  'memos.new': 'New shared memo',
  'memos.add': 'Add memo',
  'memos.edit': 'Edit',
  'memos.save': 'Save',
  'memos.cancel': 'Cancel',
  'memos.delete': 'Delete',
  'memos.editLabel': 'Edit memo',
  'memos.byAt': '{name} · {time}',
  'memos.pending': 'Not sent yet',
  'memos.saved': 'Saved',
  'memos.saving': 'Saving…',
  'private.title': 'Private memo',
  'private.badge': 'Only you can see this',
  'private.hint': 'Visible only to you, never to {name}.',
  'private.label': 'Private memo (only you can see it)',
  'next.title': 'Next topics',
  'next.hint': 'What to pick up next time. Both of you can edit this; it becomes the next agenda.',
  'next.label': 'Next topics',
  'conflict.title': '{name} changed this at the same time',
  'conflict.body': 'Both versions are shown. Combine them below and save; nothing is lost.',
  'conflict.theirs': 'Their version',
  'conflict.yours': 'Your version',
  'conflict.merged': 'Combined version',
  'conflict.save': 'Save combined version',
  'conflict.useTheirs': 'Keep theirs',
  'conflict.gone': 'This memo was deleted by the other person. Your text is kept here:',
  'timer.remaining': '{minutes} min left',
  'timer.overtime': '{minutes} min over',
  'timer.startsIn': 'Starts in {minutes} min',
  'wrapUp.title': '5 minutes left — time to wrap up',
  'wrapUp.summarise': 'Summarise what you agreed in the shared memos.',
  'wrapUp.nextTopics': 'Write the next topics.',
  'wrapUp.book': 'Book the next 1on1.',
  'stage.title': '1on1 · {manager} and {member}',
  'stage.waiting': 'Roll the dice from the side panel to start.',
} as const;

type Key = keyof typeof en;
type Messages = { readonly [K in Key]: string };

const ja = {
  'meeting.loading': 'この会議の1on1を探しています…',
  'meeting.sessionLoading': '1on1を開いています…',
  'meeting.notOneOnOne.title': 'Taiwaは1on1のためのアプリです',
  'meeting.notOneOnOne.body':
    'この会議には3人以上が参加しているか、別のペアの1on1です。Taiwaのアジェンダ・メモ・サイコロトークは上司と部下の2人で使います。',
  'meeting.pick.title': 'どなたとの1on1ですか？',
  'meeting.pick.intro': '相手を選んでください。この会議では次回から自動で開きます。',
  'meeting.pick.introBrowser': '開く1on1を選んでください。',
  'meeting.pick.withManager': '{name}さん（上司）',
  'meeting.pick.withMember': '{name}さん（部下）',
  'meeting.pick.none': 'まだ1on1のペアがありません。',
  'meeting.pick.newTitle': '新しいペアで始める',
  'meeting.pick.person': '相手',
  'meeting.pick.myRole': 'あなたの役割',
  'meeting.pick.iAmManager': '自分が上司',
  'meeting.pick.iAmMember': '自分が部下',
  'meeting.pick.create': '1on1を始める',
  'meeting.pick.working': '開いています…',
  'meeting.title': '{name}さんとの1on1',
  'meeting.status.planned': '開始前',
  'meeting.status.live': '実施中',
  'meeting.status.ended': '終了',
  'meeting.end': '1on1を終了',
  'meeting.endConfirm': '2人ともこの1on1を終了しますか？未完了の項目は次回に引き継がれます。',
  'meeting.endedNote': 'この1on1は終了しました。未完了の項目と次回のテーマは次の1on1に引き継がれます。',
  'meeting.shareToStage': 'ステージに共有',
  'meeting.shared': '会議のステージに共有しました',
  'meeting.shareFailed': 'ステージに共有できませんでした: {reason}',
  'meeting.openStage': 'ステージ表示を開く',
  'meeting.connection.connecting': '接続しています…',
  'meeting.connection.offline': 'オフラインです。編集内容は保存され、接続が戻ると送信されます。',
  'meeting.connection.pending': '未送信の編集が{count}件あります',
  'dice.title': 'サイコロトーク',
  'dice.intro': '軽い話題から始めましょう。サイコロを振ると、2人に同じお題が表示されます。',
  'dice.roll': 'サイコロを振る',
  'dice.rollAgain': 'もう一度振る',
  'dice.rolling': '振っています…',
  'dice.result': '出た目: {face}',
  'dice.rolledBy': '{name}さんが振りました・{seq}回目',
  'dice.none': 'まだ振っていません',
  'agenda.title': 'アジェンダ',
  'agenda.empty': 'アジェンダはありません。いま気になっていることを話し、メモに残しましょう。',
  'agenda.expects': '期待する対応:',
  'agenda.fit': '最近の「{response}」への対応: {total}回中{fit}回 期待どおり',
  'agenda.noExpectation': '期待する対応は未選択です',
  'agenda.byMember': '{name}さんから',
  'agenda.byManager': '{name}さんから',
  'agenda.discussed': '話した',
  'agenda.markDiscussed': '「{theme}」を話し済みにする',
  'agenda.markOpen': '「{theme}」を未完了に戻す',
  'agenda.moveUp': '「{theme}」を上へ',
  'agenda.moveDown': '「{theme}」を下へ',
  'agenda.carried': '前回からの引き継ぎ',
  'agenda.changedMeanwhile': 'アジェンダが同時に変更されたため、最新の内容を表示しています。',
  'memos.title': '共有メモ',
  'memos.hint': '2人ともいつでも読めるメモです。',
  'memos.empty': '共有メモはまだありません。',
  'memos.new': '新しい共有メモ',
  'memos.add': 'メモを追加',
  'memos.edit': '編集',
  'memos.save': '保存',
  'memos.cancel': 'キャンセル',
  'memos.delete': '削除',
  'memos.editLabel': 'メモを編集',
  'memos.byAt': '{name}・{time}',
  'memos.pending': '未送信',
  'memos.saved': '保存しました',
  'memos.saving': '保存しています…',
  'private.title': '非公開メモ',
  'private.badge': 'あなただけに表示',
  'private.hint': 'あなただけが見られます。{name}さんには表示されません。',
  'private.label': '非公開メモ（あなただけに表示）',
  'next.title': '次回のテーマ',
  'next.hint': '次回話したいこと。2人とも編集でき、次回のアジェンダになります。',
  'next.label': '次回のテーマ',
  'conflict.title': '{name}さんが同時に変更しました',
  'conflict.body': '両方の内容を表示しています。下でまとめて保存してください。どちらも失われません。',
  'conflict.theirs': '相手の内容',
  'conflict.yours': 'あなたの内容',
  'conflict.merged': 'まとめた内容',
  'conflict.save': 'まとめて保存',
  'conflict.useTheirs': '相手の内容にする',
  'conflict.gone': 'このメモは相手が削除しました。あなたの内容はここに残っています:',
  'timer.remaining': '残り{minutes}分',
  'timer.overtime': '{minutes}分超過',
  'timer.startsIn': 'あと{minutes}分で開始',
  'wrapUp.title': '残り5分です。まとめに入りましょう',
  'wrapUp.summarise': '決まったことを共有メモにまとめる',
  'wrapUp.nextTopics': '次回のテーマを書く',
  'wrapUp.book': '次回の1on1を予約する',
  'stage.title': '1on1・{manager}さんと{member}さん',
  'stage.waiting': 'サイドパネルからサイコロを振って始めましょう。',
} as const satisfies Messages;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
type Mismatch = {
  [K in Key]: [Placeholders<(typeof en)[K]>] extends [Placeholders<(typeof ja)[K]>]
    ? [Placeholders<(typeof ja)[K]>] extends [Placeholders<(typeof en)[K]>]
      ? never
      : K
    : K;
}[Key];
// A translation that loses a placeholder fails to compile here, naming the key.
const placeholdersAgree: [Mismatch] extends [never] ? true : Mismatch = true;
void placeholdersAgree;

export const meetingMessages: Record<Locale, Messages> = { en, ja };

export type MeetingKey = Key;
export type MeetingTranslate = <K extends Key>(
  key: K,
  ...params: [Placeholders<(typeof en)[K]>] extends [never]
    ? []
    : [Record<Placeholders<(typeof en)[K]>, string | number>]
) => string;

/** The meeting views' translator, following the app's locale. */
export function useMeetingT(): { t: MeetingTranslate; locale: Locale } {
  const { locale } = useT();
  const t = useCallback<MeetingTranslate>(
    (key, ...params) => interpolate(meetingMessages[locale][key], params[0] ?? {}),
    [locale],
  );
  return { t, locale };
}
