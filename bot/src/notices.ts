import type { OutgoingActivity } from './activity.js';
import {
  type AdaptiveCard,
  adaptiveCard,
  heading,
  literal,
  openUrl,
  paragraph,
  when,
} from './cards/adaptive.js';
import type { Locale } from './locale.js';

/**
 * Short plain-text messages the bot says outside its cards: why a list went to the personal chat,
 * and that a booked Outlook event can no longer be followed. Japanese and English.
 */
interface NoticeText {
  sentPrivately: string;
  personalChatNeeded: string;
  calendarWatchStoppedTitle: string;
  calendarWatchStopped: (when: string, partner: string) => string;
  calendarWatchStoppedFallback: string;
  open: string;
  /** The answer to anything that is not Teams speaking to this bot: it maps to no Taiwa user. */
  openInTeams: string;
}

const ja: NoticeText = {
  sentPrivately:
    'あなたの 1on1 の一覧は、Taiwa との個人チャットにお送りしました。このチャットのほかの参加者には表示されません。',
  personalChatNeeded:
    '1on1 の一覧はほかの人に見えないよう、Taiwa との個人チャットでだけお見せしています。Taiwa との個人チャットを開いて「予定」と送ってください。',
  calendarWatchStoppedTitle: 'Outlook の予定の変更を追えなくなりました',
  calendarWatchStoppedFallback: '1on1 の Outlook の予定の変更を Taiwa が追えなくなりました',
  open: 'Taiwa で開く',
  openInTeams: 'Taiwa は Microsoft Teams でお使いください。Teams で Taiwa を開いてください。',
  calendarWatchStopped: (when, partner) =>
    `${when} の ${partner} さんとの 1on1 について、Microsoft 365 が Outlook の予定の確認を許可していないため、Taiwa は予定の変更や取り消しを追えなくなりました。Outlook で日時を変えたときは、Taiwa でも日時を直してください。管理者が Taiwa に権限を付与すると、自動で追えるようになります。`,
};

const en: NoticeText = {
  sentPrivately:
    'I sent your 1on1s to you in your personal chat with Taiwa, so nobody else in this chat sees them.',
  personalChatNeeded:
    'To keep your 1on1s private, I only list them in your personal chat with Taiwa. Open a chat with Taiwa and say "my 1on1s".',
  calendarWatchStoppedTitle: 'Taiwa can no longer follow your Outlook event',
  calendarWatchStoppedFallback: 'Taiwa can no longer follow the Outlook event of your 1on1',
  open: 'Open in Taiwa',
  openInTeams: 'Taiwa works in Microsoft Teams. Please open Taiwa in Teams.',
  calendarWatchStopped: (when, partner) =>
    `Microsoft 365 does not let Taiwa read the Outlook event of your 1on1 with ${partner} on ${when}, so Taiwa can no longer follow when it is moved or cancelled. If you change it in Outlook, change it in Taiwa too. Once an administrator grants Taiwa the permission, Taiwa follows it again by itself.`,
};

export const noticeText: Record<Locale, NoticeText> = { ja, en };

export function textMessage(text: string): OutgoingActivity {
  return { type: 'message', text };
}

/** Told once to each of the pair when the background watch of their booked event gives up. */
export function calendarWatchStoppedCard(model: {
  locale: Locale;
  scheduledStart: string;
  partnerName: string;
  tabUrl: string;
}): AdaptiveCard {
  const text = noticeText[model.locale];
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.calendarWatchStoppedFallback,
    body: [
      heading(text.calendarWatchStoppedTitle),
      paragraph(text.calendarWatchStopped(when(model.scheduledStart), literal(model.partnerName))),
    ],
    actions: [openUrl(text.open, model.tabUrl)],
  });
}
