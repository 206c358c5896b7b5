import type { Locale } from '../domain/localizedText.js';
import type { Pair } from '../domain/pair.js';

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Where the pair prepares a 1on1 in Taiwa (the tab's /sessions/:id/prepare page). */
export function sessionLink(publicUrl: string, sessionId: string): string {
  return `${publicUrl}/sessions/${encodeURIComponent(sessionId)}/prepare`;
}

export function invitationSubject(pair: Pick<Pair, 'manager' | 'member'>, locale: Locale): string {
  return locale === 'ja'
    ? `1on1：${pair.manager.displayName}さん・${pair.member.displayName}さん`
    : `1on1: ${pair.manager.displayName} and ${pair.member.displayName}`;
}

export function invitationText(link: string, locale: Locale): string {
  return locale === 'ja'
    ? `Taiwa で予約した次回の 1on1 です。話したいテーマと期待する対応は、事前に Taiwa で準備できます。\n${link}`
    : `Your next 1on1, booked in Taiwa. Add what you want to talk about and the response you hope for in Taiwa beforehand.\n${link}`;
}

export function invitationHtml(link: string, locale: Locale): string {
  const [intro = ''] = invitationText(link, locale).split('\n');
  const label = locale === 'ja' ? 'Taiwa で 1on1 を準備する' : 'Prepare the 1on1 in Taiwa';
  return `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(label)}</a></p>`;
}
