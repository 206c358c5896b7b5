import type { Locale, LocalizedText } from '../domain/localizedText.js';

/**
 * What each kind of problem (application/problem+json) says to a person, in their language. `type`
 * stays the stable key for programs; the title is for people, so it follows Accept-Language like
 * every other text.
 */
const TITLES: Readonly<Record<string, LocalizedText>> = {
  'urn:taiwa:problem:validation': { ja: '入力内容を確認してください', en: 'Please check what you entered' },
  'urn:taiwa:problem:malformed-json': {
    ja: '送信内容を読み取れませんでした',
    en: 'The request could not be read',
  },
  'urn:taiwa:problem:too-deeply-nested': {
    ja: '送信内容の入れ子が深すぎて受け付けられません',
    en: 'The request is nested too deeply to accept',
  },
  'urn:taiwa:problem:payload-too-large': {
    ja: '内容が長すぎて保存できません',
    en: 'That is too long to save',
  },
  'urn:taiwa:problem:unsupported-media-type': {
    ja: 'この形式の内容は受け付けていません',
    en: 'That kind of content is not accepted here',
  },
  'urn:taiwa:problem:unauthorized': { ja: 'サインインが必要です', en: 'Sign-in required' },
  'urn:taiwa:problem:forbidden': { ja: 'この操作は許可されていません', en: 'You are not allowed to do this' },
  'urn:taiwa:problem:not-found': { ja: '見つかりませんでした', en: 'Not found' },
  'urn:taiwa:problem:method-not-allowed': { ja: 'この操作はできません', en: 'This action is not available' },
  'urn:taiwa:problem:misdirected-request': {
    ja: 'このアドレスでは Taiwa に接続できません。localhost で開いてください',
    en: 'Taiwa does not answer at this address; open it on localhost',
  },
  'urn:taiwa:problem:conflict': {
    ja: 'いまの状態では保存できません。ほかの変更と重なったか、すでに終わっています',
    en: 'This does not fit the current state: it changed in the meantime, or has already ended',
  },
  'urn:taiwa:problem:overlapping-1on1': {
    ja: 'この時間には、すでにこのペアの 1on1 が予定されています',
    en: 'This pair already has a 1on1 planned at that time',
  },
  'urn:taiwa:problem:outside-meeting-window': {
    ja: 'この1on1はまだ始められません。会議が始まるか、予定時刻の30分前になると始まります',
    en: 'This 1on1 cannot start yet: it starts when its meeting starts, or from 30 minutes before its time',
  },
  'urn:taiwa:problem:precondition-required': {
    ja: 'どの版を変更するかが指定されていません',
    en: 'Say which version you are changing',
  },
  'urn:taiwa:problem:rate-limited': {
    ja: '操作が続いています。少し待ってからもう一度お試しください',
    en: 'Too many requests at once; please wait a moment and try again',
  },
  'urn:taiwa:problem:request-timeout': {
    ja: '送信に時間がかかりすぎたため、受け付けられませんでした',
    en: 'The request took too long to arrive',
  },
  'urn:taiwa:problem:unavailable': {
    ja: 'Taiwa を一時的に利用できません。少し待ってからもう一度お試しください',
    en: 'Taiwa is briefly unavailable; please try again',
  },
  'urn:taiwa:problem:storage-damaged': {
    ja: '保存されているデータの一部を読み取れません。管理者に連絡してください',
    en: 'Some stored data cannot be read; please tell your administrator',
  },
  'urn:taiwa:problem:internal': {
    ja: 'Taiwa 側で問題が発生しました',
    en: 'Something went wrong on our side',
  },
  'urn:taiwa:problem:graph-consent-required': {
    ja: '予定表を使うには Microsoft 365 での許可が必要です',
    en: 'Taiwa needs your permission in Microsoft 365 to use your calendar',
  },
  'urn:taiwa:problem:graph-unavailable': {
    ja: 'Microsoft 365 の予定表に一時的に接続できません',
    en: 'Microsoft 365 calendars are briefly unavailable',
  },
};

/** The title for `type` in `locale`, or null for a type without one (its own title stands). */
export function problemTitle(type: string, locale: Locale): string | null {
  return TITLES[type]?.[locale] ?? null;
}
