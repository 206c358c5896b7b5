import { interpolate } from '../../i18n/interpolate';
import { useT } from '../../i18n/useT';

const en = {
  'transcript.title': 'Transcript',
  'transcript.loading': 'Loading the transcript…',
  'transcript.waiting':
    'Teams is still preparing the transcript. Taiwa will attach it as soon as it is ready.',
  'transcript.waitingNext': 'Next check: {when}',
  'transcript.none': 'There is no transcript for this 1on1.',
  'transcript.notPermitted':
    'Microsoft 365 did not let Taiwa read this transcript. An administrator needs to consent to Taiwa reading meeting transcripts.',
  'transcript.hidden': 'The member has hidden this transcript.',
  'transcript.deleted': 'This transcript was deleted at the end of your organisation’s retention period.',
  'transcript.speaker': 'Speaker',
  'transcript.everyone': 'Everyone',
  'transcript.search': 'Search the transcript',
  'transcript.matches': '{count} of {total} lines',
  'transcript.noMatches': 'No lines match.',
  'transcript.unknownSpeaker': 'Unknown',
  'transcript.hide': 'Hide from both of us',
  'transcript.show': 'Show again',
  'transcript.onlyPair': 'Only the two of you can see this transcript.',
  'transcript.deleteAfter': 'Deleted automatically on {date}.',
  'transcript.upload': 'Attach a .vtt file',
  'transcript.uploadHint': 'Demo mode has no Teams transcription: attach a WebVTT file instead.',
  'transcript.failed': 'Something went wrong: {reason}',
} as const;

type Key = keyof typeof en;

const ja: { readonly [K in Key]: string } = {
  'transcript.title': '文字起こし',
  'transcript.loading': '文字起こしを読み込んでいます…',
  'transcript.waiting': 'Teams が文字起こしを準備しています。準備ができしだい Taiwa に添付されます。',
  'transcript.waitingNext': '次の確認：{when}',
  'transcript.none': 'この1on1の文字起こしはありません。',
  'transcript.notPermitted':
    'Microsoft 365 により文字起こしの読み取りが許可されませんでした。管理者による、会議の文字起こしを Taiwa が読み取ることへの同意が必要です。',
  'transcript.hidden': 'メンバーがこの文字起こしを非表示にしています。',
  'transcript.deleted': '組織の保存期間が過ぎたため、この文字起こしは削除されました。',
  'transcript.speaker': '話者',
  'transcript.everyone': '全員',
  'transcript.search': '文字起こしを検索',
  'transcript.matches': '{total} 行中 {count} 行',
  'transcript.noMatches': '一致する行はありません。',
  'transcript.unknownSpeaker': '不明',
  'transcript.hide': '二人とも見えないようにする',
  'transcript.show': '再表示する',
  'transcript.onlyPair': 'この文字起こしを見られるのはお二人だけです。',
  'transcript.deleteAfter': '{date} に自動で削除されます。',
  'transcript.upload': '.vtt ファイルを添付',
  'transcript.uploadHint': 'デモモードでは Teams の文字起こしがないため、WebVTT ファイルを添付できます。',
  'transcript.failed': 'うまくいきませんでした：{reason}',
};

const catalogs = { en, ja };

export function useTranscriptText() {
  const { locale, format } = useT();
  return {
    format,
    t: (key: Key, params: Record<string, string | number> = {}) => interpolate(catalogs[locale][key], params),
  };
}
