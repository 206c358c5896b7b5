import type { Locale } from '../domain/localizedText.js';
import type { Pair } from '../domain/pair.js';
import { INVITATION_TEXT } from '../text/invitation.js';

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
  return INVITATION_TEXT[locale].subject(pair.manager.displayName, pair.member.displayName);
}

/** The plain-text body (the .ics description): the intro, then the link on its own line. */
export function invitationText(link: string, locale: Locale): string {
  return `${INVITATION_TEXT[locale].intro}\n${link}`;
}

export function invitationHtml(link: string, locale: Locale): string {
  const text = INVITATION_TEXT[locale];
  return `<p>${escapeHtml(text.intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(text.prepareLink)}</a></p>`;
}
