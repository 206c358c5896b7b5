import type { Locale } from '../domain/localizedText.js';

/** The words of a booked 1on1's calendar event: the Outlook invitation and the .ics file alike. */
export interface InvitationText {
  /** The event's title, naming the pair. */
  subject: (manager: string, member: string) => string;
  /** What the event is and what to do before it; the link to Taiwa follows it. */
  intro: string;
  /** The link's words in the Outlook invitation. */
  prepareLink: string;
}

export const INVITATION_TEXT: Readonly<Record<Locale, InvitationText>> = {
  ja: {
    subject: (manager, member) => `1on1：${manager}さん・${member}さん`,
    intro: 'Taiwa で予約した次回の 1on1 です。話したいテーマと期待する対応は、事前に Taiwa で準備できます。',
    prepareLink: 'Taiwa で 1on1 を準備する',
  },
  en: {
    subject: (manager, member) => `1on1: ${manager} and ${member}`,
    intro:
      'Your next 1on1, booked in Taiwa. Add what you want to talk about and the response you hope for in Taiwa beforehand.',
    prepareLink: 'Prepare the 1on1 in Taiwa',
  },
};
