import type { Messages } from './messages';

/**
 * 日本語のメッセージ。キーと `{placeholder}` は `messages.en.ts` と完全に一致させる
 * (`messages.ts` で型検査している)。
 */
export const ja = {
  'app.name': 'Taiwa',
  'app.skipToContent': 'メインコンテンツへ移動',
  'app.loading': 'Taiwa を読み込んでいます…',

  'language.switchTo': '表示言語を{language}に切り替える',
  'language.ja': '日本語',
  'language.en': 'English',

  'account.signedInAs': '{name} としてサインイン中',
  'account.switchUser': 'ユーザーを切り替え',

  'signIn.title': 'サインイン',
  'signIn.devIntro':
    'ローカルのデモ環境です。サインインするデモユーザーを選んでください。パスワードは不要です。',
  'signIn.usersLabel': 'デモユーザー',
  'signIn.signInAs': '{name} としてサインイン',
  'signIn.signingIn': '{name} としてサインインしています…',
  'signIn.loadingUsers': 'デモユーザーを読み込んでいます…',
  'signIn.noUsers': 'サインインできるデモユーザーがいません。',
  'signIn.expired': 'サインインの有効期限が切れました。もう一度サインインしてください。',
  'signIn.failed': 'サインインできませんでした: {reason}',
  'signIn.entraTitle': 'Microsoft 365 でのサインイン',
  'signIn.entraOutsideHost':
    'サインインするには、Microsoft Teams・Outlook・Microsoft 365 アプリで Taiwa を開いてください。ブラウザーから直接のサインインにはまだ対応していません。',
  'signIn.entraFailed': 'Microsoft 365 でサインインできませんでした: {reason}',

  'role.manager': '上司',
  'role.member': '部下',
  'role.admin': '管理者',
  'role.youAreManager': 'あなたは上司',
  'role.youAreMember': 'あなたは部下',

  'status.planned': '予定',
  'status.live': '実施中',
  'status.ended': '終了',

  'home.title': 'わたしの1on1',
  'home.loading': '1on1 を読み込んでいます…',
  'home.empty.title': '1on1 のペアはまだありません',
  'home.empty.body': '上司やメンバーと Taiwa で1on1を始めると、ここに表示されます。',
  'home.pairsLabel': 'あなたの1on1ペア',
  'pair.with': '{name}さんとの1on1',
  'pair.next': '次回の1on1',
  'pair.last': '前回の1on1',
  'pair.notScheduled': '未設定',
  'pair.none': 'まだありません',
  'pair.sessionsLabel': '{name}さんとの1on1一覧',
  'pair.sessionsHeading': '1on1 の一覧',
  'pair.sessionsLoading': '1on1 の一覧を読み込んでいます…',
  'pair.sessionsEmpty': '1on1 はまだありません。',

  'error.title': '問題が発生しました',
  'error.retry': '再試行',
  'error.network': 'Taiwa に接続できませんでした。接続を確認して、もう一度お試しください。',
  'error.unexpected': '予期しないエラーが発生しました。',

  'config.title': 'この会議に Taiwa を追加',
  'config.body':
    'Taiwa を追加すると、会議の中で1on1の相手とアジェンダ・メモ・サイコロトークを共有できます。[保存] を選ぶと追加されます。',
  'config.outsideTeams':
    'このページは、Microsoft Teams で会議に Taiwa を追加するときに使われます。Teams から Taiwa を追加してください。',
  'config.home': 'わたしの1on1へ',

  'meeting.title': 'この会議の Taiwa',
  'meeting.placeholder':
    '会議中の画面はまだ準備中です。会議機能のアップデートで提供されます。それまでは、ホーム画面で1on1を確認できます。',
  'meeting.home': 'わたしの1on1へ',

  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'このアドレスには何もありません。',
  'notFound.home': 'わたしの1on1へ',
} as const satisfies Messages;
