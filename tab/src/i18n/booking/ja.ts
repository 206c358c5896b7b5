/** 次回の1on1の予約の日本語。キーと `{placeholder}` は en.ts と一致させる（index.ts で型検査している）。 */
export const ja = {
  'booking.pageTitle': '{name}さんとの次回の1on1',
  'booking.pageIntro': '前回の1on1は {when} に終わりました。忘れないうちに次回の日程を決めましょう。',
  'booking.title': '次回の1on1を予約',
  'booking.intro': 'お二人の予定が空いている時間を、勤務時間内で探します。',
  'booking.find': '空き時間を探す',
  'booking.finding': 'お二人の予定を確認しています…',
  'booking.none':
    'この2週間でお二人とも空いている時間が見つかりませんでした。時間をおいて試すか、予定表から予約してください。',
  'booking.choose': '時間を選んでください',
  'booking.book': 'この時間で予約する',
  'booking.booking': '予約しています…',
  'booking.booked': '次回の1on1：{when}',
  'booking.bookedTeams': 'Teams 会議付きの Outlook 招待をお二人に送りました。',
  'booking.bookedLocal': 'Taiwa に保存しました。.ics ファイルで予定表に追加できます。',
  'booking.cancelled': '次回の1on1は予定表でキャンセルされました。',
  'booking.notFollowed':
    'Microsoft 365 が Outlook の予定の確認を許可していないため、Taiwa はこの予定の変更を追えなくなりました。Outlook で日時を変えたときは、Taiwa でも日時を直してください。',
  'booking.join': 'Teams 会議に参加',
  'booking.ics': '.ics をダウンロード',
  'booking.consentTitle': '予定表へのアクセスを許可してください',
  'booking.consentBody': '空き時間の確認と会議の作成を Taiwa に許可してから、もう一度お試しください。',
  'booking.consentButton': '予定表へのアクセスを許可',
  'booking.adminTitle': '管理者による承認が必要です',
  'booking.adminBody':
    'Microsoft 365 の管理者に、Taiwa への予定表アクセス許可を依頼してください。それまでは Outlook から通常どおり予約できます。',
  'booking.openBrowser': 'ブラウザーで Taiwa を開いて許可する',
  'booking.retry': 'もう一度試す',
  'booking.failed': '予約できませんでした：{reason}',
  'booking.rhythmTag': '{when}（リズム通り）',
  'booking.rhythmBusy':
    'リズム通りの日時（{when}）はどちらかの予定と重なるため、ほかの候補を表示しています。',
} as const;
