import type { Locale } from '../locale.js';
import type { Fit } from './models.js';

/** Every sentence the bot says, in natural Japanese and English. */
export interface BotText {
  appName: string;
  openTab: string;
  send: string;
  /** The button under a shortened list: the rest is in Taiwa. */
  more: (count: number) => string;
  /** Marks each entry of a plain list. */
  bullet: string;
  /** Ends text that was cut short to fit the card. */
  ellipsis: string;
  /** What Teams shows when a card action failed on Taiwa's side. */
  actionFailed: string;
  rating: {
    title: string;
    intro: (manager: string, when: string) => string;
    clarity: string;
    clarityRequired: string;
    clarityChoices: readonly string[];
    itemsIntro: string;
    fitQuestion: string;
    fits: Record<Fit, string>;
    impressions: string;
    impressionsPlaceholder: string;
    share: (manager: string) => string;
    privacy: (manager: string) => string;
    thanksTitle: string;
    clarityValue: (clarity: number) => string;
    sharedYes: string;
    sharedNo: string;
    editUntil: (when: string) => string;
    edit: string;
    closed: string;
    fallback: string;
  };
  reminder: {
    actionItems: string;
    actionOwner: (owner: 'member' | 'manager', manager: string) => string;
    actionDue: (date: string) => string;
    actionOverdue: string;
    dayBeforeTitle: (manager: string) => string;
    soonTitle: (manager: string) => string;
    intro: string;
    soFar: string;
    nothingYet: string;
    theme: string;
    themeRequired: string;
    themeText: string;
    themeTextPlaceholder: string;
    expected: string;
    expectedRequired: string;
    detail: string;
    detailPlaceholder: string;
    add: string;
    added: string;
    closed: string;
    fallback: (manager: string) => string;
  };
  notice: {
    title: (member: string) => string;
    intro: (when: string) => string;
    expectedPrefix: string;
    notChosen: string;
    fallback: (member: string) => string;
  };
  wrapUp: {
    title: (member: string) => string;
    discussed: (done: number, total: number) => string;
    carried: string;
    nextTopics: string;
    nextBooked: (when: string) => string;
    nextMissing: string;
    book: string;
    fallback: (member: string) => string;
  };
  followUp: {
    title: string;
    body: (partner: string) => string;
    book: string;
    fallback: (partner: string) => string;
  };
  my1on1s: {
    title: string;
    none: string;
    withPartner: (partner: string, role: 'manager' | 'member') => string;
    next: (when: string) => string;
    live: string;
    noNext: string;
    prepared: (count: number) => string;
    last: (when: string) => string;
    fallback: string;
  };
  help: {
    title: string;
    body: string;
    commands: string;
    unknownUser: string;
    showMine: string;
    fallback: string;
  };
  errors: {
    notFound: string;
    invalid: (field: string) => string;
    unavailable: string;
  };
  /**
   * Short messages outside the cards: why a list went to the personal chat, and that a booked
   * Outlook event can no longer be followed.
   */
  notices: {
    sentPrivately: string;
    personalChatNeeded: string;
    calendarWatchStoppedTitle: string;
    calendarWatchStopped: (when: string, partner: string) => string;
    calendarWatchStoppedFallback: string;
    /** The answer to anything that is not Teams speaking to this bot: it maps to no Taiwa user. */
    openInTeams: string;
  };
}

const ja: BotText = {
  appName: 'Taiwa',
  openTab: 'Taiwa で開く',
  send: '送信する',
  more: (count) => `ほか ${count} 件を Taiwa で見る`,
  bullet: '・',
  ellipsis: '…',
  actionFailed: 'Taiwa でこの操作を処理できませんでした。しばらくしてからもう一度お試しください。',
  rating: {
    title: '1on1 のふりかえり',
    intro: (manager, when) => `${when} の ${manager} さんとの 1on1 はいかがでしたか？`,
    clarity: 'すっきり度（0〜5）',
    clarityRequired: 'すっきり度を選んでください',
    clarityChoices: ['0 もやもやが残った', '1', '2', '3', '4', '5 とてもすっきりした'],
    itemsIntro: 'テーマごとに、期待していた対応だったか教えてください。',
    fitQuestion: '期待した対応でしたか？',
    fits: { yes: '期待どおり', partly: '一部そうだった', no: '違った' },
    impressions: '感想（任意）',
    impressionsPlaceholder: '話してみて感じたこと、次に話したいことなど',
    share: (manager) => `感想を ${manager} さんに共有する`,
    privacy: (manager) =>
      `点数は ${manager} さんが関わり方を見直すために使われます。感想は共有を選んだときだけ伝わります。`,
    thanksTitle: 'ふりかえりありがとうございました',
    clarityValue: (clarity) => `${clarity} / 5`,
    sharedYes: '感想は上司に共有されます',
    sharedNo: '感想はあなただけが見られます',
    editUntil: (when) => `${when} まで修正できます`,
    edit: '修正する',
    closed: '修正できる期間（7日間）が過ぎました。',
    fallback: '1on1 のふりかえりをお願いします',
  },
  reminder: {
    actionItems: '未完了のアクションアイテム',
    actionOwner: (owner, manager) => (owner === 'member' ? 'あなた' : `${manager} さん`),
    actionDue: (date) => `期限 ${date}`,
    actionOverdue: '期限切れ',
    dayBeforeTitle: (manager) => `明日は ${manager} さんとの 1on1 です`,
    soonTitle: (manager) => `まもなく ${manager} さんとの 1on1 です`,
    intro:
      '話したいテーマと、上司に期待する対応を選んでおきましょう。事前に伝えておくと、1on1 がぐっと話しやすくなります。',
    soFar: '準備したテーマ',
    nothingYet: 'まだテーマがありません。',
    theme: 'テーマ',
    themeRequired: 'テーマを選んでください',
    themeText: '自由記述のテーマ（「その他」を選んだとき）',
    themeTextPlaceholder: '話したいこと',
    expected: '期待する対応',
    expectedRequired: '期待する対応を選んでください',
    detail: '補足（任意）',
    detailPlaceholder: '背景や、特に聞いてほしいこと',
    add: 'アジェンダに追加',
    added: 'アジェンダに追加しました。上司にも伝わります。',
    closed: 'この 1on1 はすでに始まっているか、終わっています。',
    fallback: (manager) => `${manager} さんとの 1on1 の準備をしましょう`,
  },
  notice: {
    title: (member) => `${member} さんが 1on1 の準備をしました`,
    intro: (when) => `${when} の 1on1 で話したいテーマと、期待する対応です。`,
    expectedPrefix: '期待する対応',
    notChosen: '（未選択）',
    fallback: (member) => `${member} さんが 1on1 の準備をしました`,
  },
  wrapUp: {
    title: (member) => `${member} さんとの 1on1 おつかれさまでした`,
    discussed: (done, total) => `話したテーマ：${total} 件中 ${done} 件`,
    carried: '次回に持ち越すテーマ',
    nextTopics: '次回話すこと',
    nextBooked: (when) => `次回の 1on1：${when}`,
    nextMissing: '次回の 1on1 はまだ決まっていません。忘れないうちに日程を決めましょう。',
    book: '次回の 1on1 を予約する',
    fallback: (member) => `${member} さんとの 1on1 のまとめ`,
  },
  followUp: {
    title: '次回の 1on1 の日程',
    body: (partner) =>
      `${partner} さんとの次回の 1on1 がまだ決まっていません。忘れないうちに日程を決めておきませんか？`,
    book: '日程を決める',
    fallback: (partner) => `${partner} さんとの次回の 1on1 を決めましょう`,
  },
  my1on1s: {
    title: 'あなたの 1on1',
    none: 'まだ 1on1 のペアがありません。Taiwa のタブから始められます。',
    withPartner: (partner, role) =>
      role === 'manager' ? `${partner} さん（メンバー）` : `${partner} さん（上司）`,
    next: (when) => `次回：${when}`,
    live: '今まさに実施中です',
    noNext: '次回は未定です',
    prepared: (count) => `準備したテーマ：${count} 件`,
    last: (when) => `前回：${when}`,
    fallback: 'あなたの 1on1 の一覧',
  },
  help: {
    title: 'Taiwa でできること',
    body: '1on1 の前にはテーマと期待する対応を選ぶリマインダーを、終わったあとにはふりかえりをお送りします。メモや履歴は Taiwa のタブにあります。',
    commands:
      '「予定」と送ると、あなたの 1on1 の一覧を表示します。「ヘルプ」でこの案内をもう一度表示します。',
    unknownUser: 'まだ Taiwa を使ったことがないようです。タブを開くと始められます。',
    showMine: '自分の 1on1 を見る',
    fallback: 'Taiwa の使い方',
  },
  errors: {
    notFound: 'この 1on1 は見つかりませんでした。',
    invalid: (field) => `入力を確認してください（${field}）。`,
    unavailable: 'いまは処理できませんでした。少し待ってからもう一度お試しください。',
  },
  notices: {
    sentPrivately:
      'あなたの 1on1 の一覧は、Taiwa との個人チャットにお送りしました。このチャットのほかの参加者には表示されません。',
    personalChatNeeded:
      '1on1 の一覧はほかの人に見えないよう、Taiwa との個人チャットでだけお見せしています。Taiwa との個人チャットを開いて「予定」と送ってください。',
    calendarWatchStoppedTitle: 'Outlook の予定の変更を追えなくなりました',
    calendarWatchStopped: (when, partner) =>
      `${when} の ${partner} さんとの 1on1 について、Microsoft 365 が Outlook の予定の確認を許可していないため、Taiwa は予定の変更や取り消しを追えなくなりました。Outlook で日時を変えたときは、Taiwa でも日時を直してください。管理者が Taiwa に権限を付与すると、自動で追えるようになります。`,
    calendarWatchStoppedFallback: '1on1 の Outlook の予定の変更を Taiwa が追えなくなりました',
    openInTeams: 'Taiwa は Microsoft Teams でお使いください。Teams で Taiwa を開いてください。',
  },
};

const en: BotText = {
  appName: 'Taiwa',
  openTab: 'Open in Taiwa',
  send: 'Send',
  more: (count) => `See ${count} more in Taiwa`,
  bullet: '• ',
  ellipsis: '…',
  actionFailed: 'Taiwa could not handle this action. Please try again in a moment.',
  rating: {
    title: 'How did your 1on1 go?',
    intro: (manager, when) => `Your 1on1 with ${manager} on ${when}.`,
    clarity: 'How cleared-up do you feel? (0 to 5)',
    clarityRequired: 'Choose how cleared-up you feel',
    clarityChoices: ['0 Still unclear', '1', '2', '3', '4', '5 Completely cleared up'],
    itemsIntro: 'For each theme, did the response fit what you hoped for?',
    fitQuestion: 'Did the response fit what you hoped for?',
    fits: { yes: 'Yes', partly: 'Partly', no: 'No' },
    impressions: 'Impressions (optional)',
    impressionsPlaceholder: 'How it felt, what you want to talk about next',
    share: (manager) => `Share my impressions with ${manager}`,
    privacy: (manager) =>
      `Your scores help ${manager} see how well their way of engaging fits you. Your impressions reach them only if you choose to share.`,
    thanksTitle: 'Thank you for your feedback',
    clarityValue: (clarity) => `${clarity} / 5`,
    sharedYes: 'Your impressions are shared with your manager',
    sharedNo: 'Only you can see your impressions',
    editUntil: (when) => `You can change this until ${when}`,
    edit: 'Change',
    closed: 'The 7 days for changing this have passed.',
    fallback: 'Please rate your 1on1',
  },
  reminder: {
    actionItems: 'Open action items',
    actionOwner: (owner, manager) => (owner === 'member' ? 'You' : manager),
    actionDue: (date) => `due ${date}`,
    actionOverdue: 'overdue',
    dayBeforeTitle: (manager) => `Your 1on1 with ${manager} is tomorrow`,
    soonTitle: (manager) => `Your 1on1 with ${manager} starts soon`,
    intro:
      'Pick what you want to talk about and the response you hope for. Saying it beforehand makes the 1on1 much easier.',
    soFar: 'Your themes so far',
    nothingYet: 'No themes yet.',
    theme: 'Theme',
    themeRequired: 'Choose a theme',
    themeText: 'Your own theme (when you choose "Other")',
    themeTextPlaceholder: 'What you want to talk about',
    expected: 'Response you hope for',
    expectedRequired: 'Choose the response you hope for',
    detail: 'Details (optional)',
    detailPlaceholder: 'Background, or what you especially want heard',
    add: 'Add to agenda',
    added: 'Added to the agenda. Your manager will see it too.',
    closed: 'This 1on1 has already started or ended.',
    fallback: (manager) => `Prepare your 1on1 with ${manager}`,
  },
  notice: {
    title: (member) => `${member} has prepared your 1on1`,
    intro: (when) => `What they want to talk about on ${when}, and the response they hope for.`,
    expectedPrefix: 'Hoped for',
    notChosen: '(not chosen yet)',
    fallback: (member) => `${member} has prepared your 1on1`,
  },
  wrapUp: {
    title: (member) => `Your 1on1 with ${member} is done`,
    discussed: (done, total) => `Themes discussed: ${done} of ${total}`,
    carried: 'Carried over to next time',
    nextTopics: 'Next topics',
    nextBooked: (when) => `Next 1on1: ${when}`,
    nextMissing: 'The next 1on1 is not booked yet. Set the date before it slips.',
    book: 'Book the next 1on1',
    fallback: (member) => `Wrap-up of your 1on1 with ${member}`,
  },
  followUp: {
    title: 'Your next 1on1',
    body: (partner) =>
      `Your next 1on1 with ${partner} has no date yet. Shall we set one before it is forgotten?`,
    book: 'Set the date',
    fallback: (partner) => `Set the date of your next 1on1 with ${partner}`,
  },
  my1on1s: {
    title: 'Your 1on1s',
    none: 'You have no 1on1 pairs yet. Start one from the Taiwa tab.',
    withPartner: (partner, role) => (role === 'manager' ? `${partner} (member)` : `${partner} (manager)`),
    next: (when) => `Next: ${when}`,
    live: 'Happening right now',
    noNext: 'No next 1on1 yet',
    prepared: (count) => `Themes prepared: ${count}`,
    last: (when) => `Last: ${when}`,
    fallback: 'Your 1on1s',
  },
  help: {
    title: 'What Taiwa does',
    body: 'Before each 1on1 you get a reminder to pick themes and the response you hope for; afterwards, a short rating. Memos and history live in the Taiwa tab.',
    commands: 'Send "my 1on1s" to list your 1on1s, or "help" to see this again.',
    unknownUser: 'It looks like you have not used Taiwa yet. Open the tab to get started.',
    showMine: 'Show my 1on1s',
    fallback: 'How to use Taiwa',
  },
  errors: {
    notFound: 'This 1on1 could not be found.',
    invalid: (field) => `Please check your input (${field}).`,
    unavailable: 'That did not work just now. Please try again in a moment.',
  },
  notices: {
    sentPrivately:
      'I sent your 1on1s to you in your personal chat with Taiwa, so nobody else in this chat sees them.',
    personalChatNeeded:
      'To keep your 1on1s private, I only list them in your personal chat with Taiwa. Open a chat with Taiwa and say "my 1on1s".',
    calendarWatchStoppedTitle: 'Taiwa can no longer follow your Outlook event',
    calendarWatchStopped: (when, partner) =>
      `Microsoft 365 does not let Taiwa read the Outlook event of your 1on1 with ${partner} on ${when}, so Taiwa can no longer follow when it is moved or cancelled. If you change it in Outlook, change it in Taiwa too. Once an administrator grants Taiwa the permission, Taiwa follows it again by itself.`,
    calendarWatchStoppedFallback: 'Taiwa can no longer follow the Outlook event of your 1on1',
    openInTeams: 'Taiwa works in Microsoft Teams. Please open Taiwa in Teams.',
  },
};

export const botText: Record<Locale, BotText> = { ja, en };
