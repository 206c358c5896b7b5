import { type AdaptiveCard, adaptiveCard, heading, literal, openUrl, paragraph, when } from './adaptive.js';
import type { FollowUpModel } from './models.js';
import { botText } from './text.js';

/** One gentle nudge to both people when a working day passed and the next 1on1 has no date. */
export function followUpCard(model: FollowUpModel): AdaptiveCard {
  const text = botText[model.locale].followUp;
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.fallback(model.partnerName),
    body: [
      heading(text.title),
      paragraph(text.body(literal(model.partnerName))),
      paragraph(`${botText[model.locale].my1on1s.last(when(model.scheduledStart))}`, { subtle: true }),
    ],
    actions: [openUrl(text.book, model.tabUrl)],
  });
}
