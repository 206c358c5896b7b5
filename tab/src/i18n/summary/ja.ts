/** 1on1のまとめの日本語。キーと `{placeholder}` は en.ts と一致させる（index.ts で型検査している）。 */
export const ja = {
  'summary.show': 'まとめを表示',
  'summary.hide': 'まとめを閉じる',
  'summary.title': 'まとめ',
  'summary.loading': 'まとめを読み込んでいます…',
  'summary.onlyPair': 'このまとめを見られるのはお二人だけです。',
  'summary.noTranscript': 'お二人が見られる文字起こしがあれば、まとめの下書きを作れます。',
  'summary.none': 'まだまとめはありません。文字起こしから下書きを作り、二人で確定・編集・破棄できます。',
  'summary.discarded': 'まとめは破棄されました。新しく下書きを作れます。',
  'summary.draft': 'まとめの下書きを作る',
  'summary.redraft': '下書きを作り直す',
  'summary.drafting': '作成中…',
  'summary.stateDraft': '下書き（未確定）',
  'summary.stateAccepted': '確定済み',
  'summary.sourceAi': '組織の Azure OpenAI が作成しました。確定する前に内容を確かめてください。',
  'summary.sourceExtractive': '文字起こしから抜き出した発言です。どこにも送信していません。',
  'summary.fallback.not_configured': 'この組織では Taiwa 用の Azure OpenAI が設定されていません。',
  'summary.fallback.not_enabled': '管理者が Azure OpenAI によるまとめを有効にしていません。',
  'summary.fallback.not_allowed': 'Azure OpenAI で下書きを作るには、お二人ともの許可が必要です。',
  'summary.fallback.failed': 'Azure OpenAI から応答がなかったため、文字起こしから抜き出しました。',
  'summary.fallback.timeout': 'Azure OpenAI の応答に時間がかかりすぎたため、文字起こしから抜き出しました。',
  'summary.fallback.invalid_response':
    'Azure OpenAI の応答が想定外の形式だったため、文字起こしから抜き出しました。',
  'summary.said': '話したこと',
  'summary.decisions': '決まったこと',
  'summary.actions': '次のアクション（案）',
  'summary.expected': '希望した対応：{response}',
  'summary.talk': '発話：上司 {manager}・メンバー {member}',
  'summary.noTalk': 'この議題は「話した」にされなかったため、発話の割合は測れません。',
  'summary.accept': '確定する',
  'summary.saveEdits': '編集を保存',
  'summary.discard': '破棄する',
  'summary.saving': '保存しています…',
  'summary.saved': '保存しました。',
  'summary.overLimit': '上の印のついた欄を短くしてから保存してください。',
  'summary.conflict':
    'その間に相手が別の内容を保存しました。相手の内容をあなたの文の下に表示しています。あなたの文は残っているので、残したい場合はもう一度保存してください。',
  'summary.theirVersion': '相手が保存した内容',
  'summary.failed': '保存できませんでした：{reason}。入力した文はそのまま残っています。',
  'summary.loadFailed': 'まとめを読み込めませんでした：{reason}',
  'summary.retry': '再試行',
  'summary.consentLabel': 'Azure OpenAI でのまとめ作成を許可する',
  'summary.consentHint':
    '組織の Azure 内で動きます。送られるのは議題名と文字起こしの発言だけです。お二人ともの許可が必要です。',
  'summary.theirConsentYes': '相手は許可しています。',
  'summary.theirConsentNo': '相手はまだ許可していません。',
  'summary.aiOff':
    'この組織では Azure OpenAI によるまとめが無効です。下書きは文字起こしから抜き出して作ります。',
  'summary.fitTitle': 'あなただけに表示されています',
  'summary.fit.spokeTooMuch':
    'この議題ではあなたが {share} 話していました。相手の希望は「{response}」でした。',
  'summary.fit.spokeTooLittle':
    'この議題であなたが話したのは {share} だけでした。相手の希望は「{response}」でした。',
  'summary.fit.fits': 'この議題ではあなたが {share} 話していました。「{response}」という希望に沿っています。',
  'summary.adminTitle': 'Azure OpenAI によるまとめ',
  'summary.adminHint':
    '有効にすると、二人とも許可したペアは組織の Azure OpenAI デプロイでまとめの下書きを作れます。データが組織の Azure の外に出ることはありません。',
  'summary.adminToggle': 'Azure OpenAI によるまとめを有効にする',
  'summary.adminNotConfigured':
    'サーバーに Azure OpenAI のデプロイが設定されていません（AZURE_OPENAI_ENDPOINT、AZURE_OPENAI_DEPLOYMENT、AZURE_OPENAI_API_KEY）。設定されるまで、下書きは文字起こしからの抜き出しになります。',
  'summary.adminSaved': '保存しました。',
  'summary.fitSectionTitle': '話した割合と相手の希望',
  'summary.fitSectionIntro':
    '文字起こしから議題ごとに計算しています（まとめの下書きは作りません）。あなただけに表示され、メンバーには表示されません。',
  'summary.fitLoading': '発話の割合を読み込んでいます…',
  'summary.fitLoadFailed': '発話の割合を読み込めませんでした：{reason}',
  'summary.fitNone': '希望する対応が指定され、比べられるだけの発話があった議題はありません。',
  'summary.liveChanged':
    'その間にまとめが変更されました。あなたの編集は残っており、各欄の下に保存された内容を表示しています。もう一度保存するとあなたの内容が残ります。',
  'summary.liveUpdated': 'その間にまとめが変更されました。最新の内容を表示しています。',
  'summary.liveDiscarded':
    'その間にまとめが破棄されました。あなたの編集は失われないようここに表示したままです。必要な部分を控えてから、もう一度下書きを作ってください。',
} as const;
