import { interpolate } from '../../i18n/interpolate';
import type { Locale } from '../../i18n/messages';
import { useT } from '../../i18n/useT';

const en = {
  'rate.title': 'Rate your 1on1 with {name}',
  'rate.when': '1on1 of {date}',
  'rate.loading': 'Loading the rating…',
  'rate.clarity': 'すっきり度: how cleared-up do you feel? (0 = not at all, 5 = completely)',
  'rate.clarityRequired': 'Choose how cleared-up you feel, from 0 to 5.',
  'rate.fits': 'Did the response fit what you hoped for?',
  'rate.fitFor': '{theme} — you hoped: {expected}',
  'rate.fit.yes': 'Yes',
  'rate.fit.partly': 'Partly',
  'rate.fit.no': 'No',
  'rate.noItems': 'You had no items of your own on this agenda, so there is nothing to match.',
  'rate.impressions': 'Impressions (感想)',
  'rate.share': 'Share my impressions with {name}',
  'rate.submit': 'Send rating',
  'rate.update': 'Save changes',
  'rate.sending': 'Sending…',
  'rate.saved': 'Thank you — your rating is saved.',
  'rate.failed': 'Your rating was not saved: {reason}. What you entered is kept.',
  'rate.editableUntil': 'You can change it until {date}.',
  'rate.closed': 'This rating can no longer be changed.',
  'rate.draftKept': 'Unsent changes from earlier are restored.',
  'rate.managerSees': 'What {name} will see',
  'rate.managerSeesRated': 'That you rated this 1on1.',
  'rate.managerSeesImpressions': 'Your impressions: “{text}”',
  'rate.managerSeesNoImpressions': 'Not your impressions: they stay with you.',
  'rate.managerSeesAggregate':
    'Your すっきり度 and fit answers reach {name} only within feedback over several 1on1s, never for this one alone.',
  'rate.managerSeesNothingYet': 'Nothing yet: you have not rated this 1on1.',
  'rate.now': 'Rate now',
  'rate.back': 'Back to My 1on1s',
};

const ja: { readonly [K in keyof typeof en]: string } = {
  'rate.title': '{name}さんとの1on1を振り返る',
  'rate.when': '{date}の1on1',
  'rate.loading': '振り返りを読み込んでいます…',
  'rate.clarity': 'すっきり度（0 = まったく、5 = とてもすっきり）',
  'rate.clarityRequired': 'すっきり度を0〜5から選んでください。',
  'rate.fits': '期待していた対応は合っていましたか？',
  'rate.fitFor': '{theme}（期待した対応: {expected}）',
  'rate.fit.yes': '合っていた',
  'rate.fit.partly': '一部合っていた',
  'rate.fit.no': '合っていなかった',
  'rate.noItems': 'このアジェンダにはあなたが出した項目がないため、対応の評価はありません。',
  'rate.impressions': '感想',
  'rate.share': '感想を{name}さんと共有する',
  'rate.submit': '振り返りを送信',
  'rate.update': '変更を保存',
  'rate.sending': '送信しています…',
  'rate.saved': 'ありがとうございます。振り返りを保存しました。',
  'rate.failed': '振り返りを保存できませんでした: {reason}。入力した内容はそのまま残っています。',
  'rate.editableUntil': '{date}まで変更できます。',
  'rate.closed': 'この振り返りはもう変更できません。',
  'rate.draftKept': '送信していない前回の入力を復元しました。',
  'rate.managerSees': '{name}さんに見える内容',
  'rate.managerSeesRated': 'あなたがこの1on1を振り返ったこと。',
  'rate.managerSeesImpressions': 'あなたの感想:「{text}」',
  'rate.managerSeesNoImpressions': '感想は見えません。あなただけのものです。',
  'rate.managerSeesAggregate':
    'すっきり度と対応の評価は、複数の1on1をまとめたフィードバックとしてだけ{name}さんに届きます。この1on1単独では見えません。',
  'rate.managerSeesNothingYet': 'まだ何も見えません。この1on1はまだ振り返っていません。',
  'rate.now': '今すぐ振り返る',
  'rate.back': 'わたしの1on1に戻る',
};

type Key = keyof typeof en;
export const ratingMessages: Record<Locale, { readonly [K in Key]: string }> = { en, ja };

/** Translator for rating in the tab; same keys in ja and en, `{name}` placeholders. */
export function useRatingT() {
  const { locale, format, t: appT } = useT();
  const messages = ratingMessages[locale];
  const t = (key: Key, params: Record<string, string | number> = {}) => interpolate(messages[key], params);
  const pick = (text: { ja: string; en: string }) => text[locale];
  return { t, pick, locale, format, appT };
}
