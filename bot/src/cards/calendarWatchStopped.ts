import type { Locale } from '../locale.js';
import { type AdaptiveCard, adaptiveCard, heading, literal, openUrl, paragraph, when } from './adaptive.js';
import { botText } from './text.js';

/** Told once to each of the pair when the background watch of their booked event gives up. */
export function calendarWatchStoppedCard(model: {
  locale: Locale;
  scheduledStart: string;
  partnerName: string;
  tabUrl: string;
}): AdaptiveCard {
  const text = botText[model.locale];
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.notices.calendarWatchStoppedFallback,
    body: [
      heading(text.notices.calendarWatchStoppedTitle),
      paragraph(text.notices.calendarWatchStopped(when(model.scheduledStart), literal(model.partnerName))),
    ],
    actions: [openUrl(text.openTab, model.tabUrl)],
  });
}
