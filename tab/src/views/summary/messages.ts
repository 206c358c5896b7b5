import { interpolate } from '../../i18n/interpolate';
import { useT } from '../../i18n/useT';

const en = {
  'summary.show': 'Show the summary',
  'summary.hide': 'Hide the summary',
  'summary.title': 'Summary',
  'summary.loading': 'Loading the summary…',
  'summary.onlyPair': 'Only the two of you can see this summary.',
  'summary.noTranscript': 'A summary can be drafted once this 1on1 has a transcript you can both see.',
  'summary.none': 'No summary yet. Draft one from the transcript, then accept, edit or discard it together.',
  'summary.discarded': 'The summary was discarded. You can draft a new one.',
  'summary.draft': 'Draft a summary',
  'summary.redraft': 'Draft again',
  'summary.drafting': 'Drafting…',
  'summary.stateDraft': 'Draft — not accepted yet',
  'summary.stateAccepted': 'Accepted',
  'summary.sourceAi': "Written by your organisation's Azure OpenAI. Check it before you accept it.",
  'summary.sourceExtractive': 'Lines picked from the transcript; nothing was sent anywhere.',
  'summary.fallback.not_configured': 'Azure OpenAI is not set up for Taiwa in your organisation.',
  'summary.fallback.not_enabled': 'Your administrator has not turned on Azure OpenAI summaries.',
  'summary.fallback.not_allowed': 'Azure OpenAI drafts only when both of you allow it.',
  'summary.fallback.failed':
    'Azure OpenAI did not answer, so the lines were picked from the transcript instead.',
  'summary.fallback.timeout':
    'Azure OpenAI took too long, so the lines were picked from the transcript instead.',
  'summary.fallback.invalid_response':
    'Azure OpenAI answered in an unexpected form, so the lines were picked from the transcript instead.',
  'summary.said': 'What was said',
  'summary.decisions': 'Decisions',
  'summary.actions': 'Proposed action items',
  'summary.expected': 'Asked for: {response}',
  'summary.talk': 'Talk: manager {manager} · member {member}',
  'summary.noTalk': 'This item was not marked discussed, so its talk is not measured.',
  'summary.accept': 'Accept',
  'summary.saveEdits': 'Save edits',
  'summary.discard': 'Discard',
  'summary.saving': 'Saving…',
  'summary.saved': 'Saved.',
  'summary.overLimit': 'Shorten the texts marked above before saving.',
  'summary.conflict':
    'The other person saved a different version meanwhile. Their text is shown below yours; your text is kept — save again to keep yours.',
  'summary.theirVersion': 'Their saved version',
  'summary.failed': 'Not saved: {reason}. Your text is still here.',
  'summary.loadFailed': 'The summary could not be loaded: {reason}',
  'summary.retry': 'Try again',
  'summary.consentLabel': 'Allow Azure OpenAI to draft our summaries',
  'summary.consentHint':
    "Runs in your organisation's own Azure; only the agenda titles and transcript lines are sent. Both of you must allow it.",
  'summary.theirConsentYes': 'The other person allows it.',
  'summary.theirConsentNo': 'The other person has not allowed it.',
  'summary.aiOff':
    'Azure OpenAI summaries are off in your organisation; drafts are picked from the transcript.',
  'summary.fitTitle': 'Only you see this',
  'summary.fit.spokeTooMuch': 'You spoke {share} of the time here, while they asked: {response}.',
  'summary.fit.spokeTooLittle': 'You spoke only {share} of the time here, while they asked: {response}.',
  'summary.fit.fits': 'You spoke {share} of the time here — in line with what they asked ({response}).',
  'summary.adminTitle': 'Summaries by Azure OpenAI',
  'summary.adminHint':
    "When on, pairs whose two people both allow it get summary drafts from your organisation's own Azure OpenAI deployment. Nothing leaves your Azure.",
  'summary.adminToggle': 'Turn on Azure OpenAI summaries',
  'summary.adminNotConfigured':
    'The server has no Azure OpenAI deployment configured (AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT, AZURE_OPENAI_API_KEY); drafts stay extractive until it has one.',
  'summary.adminSaved': 'Saved.',
  'summary.fitSectionTitle': 'How your talk fitted what was asked',
  'summary.fitSectionIntro':
    'From the transcript, per agenda item; no summary is drafted for this. Only you see it, never the member.',
  'summary.fitLoading': 'Reading the talk shares…',
  'summary.fitLoadFailed': 'The talk shares could not be read: {reason}',
  'summary.fitNone': 'No item had a response asked for and enough talk to compare.',
  'summary.liveChanged':
    'The summary was changed meanwhile. Your edits are kept, with the saved version under each field; saving again keeps yours.',
  'summary.liveUpdated': 'The summary was changed meanwhile; it is shown as it is now.',
  'summary.liveDiscarded':
    'The summary was discarded meanwhile. Your edits are still shown here so nothing is lost; copy what you need, then draft again.',
} as const;

type Key = keyof typeof en;

const ja: { readonly [K in Key]: string } = {
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
};

const catalogs = { en, ja };

export type SummaryTextKey = Key;

export function useSummaryText() {
  const { locale, format } = useT();
  return {
    locale,
    format,
    t: (key: Key, params: Record<string, string | number> = {}) => interpolate(catalogs[locale][key], params),
  };
}
