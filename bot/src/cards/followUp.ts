import { type AdaptiveCard, adaptiveCard, heading, openUrl, paragraph, when } from './adaptive.js';
import { nameIn } from './agendaLines.js';
import type { FollowUpModel } from './models.js';
import { botText } from './text.js';

/** One gentle nudge to both people when a working day passed and the next 1on1 has no date. */
export function followUpCard(model: FollowUpModel): AdaptiveCard {
  const text = botText[model.locale].followUp;
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.fallback(nameIn(model.partnerName, model.locale)),
    body: [
      heading(text.title),
      paragraph(text.body(nameIn(model.partnerName, model.locale))),
      paragraph(`${botText[model.locale].my1on1s.last(when(model.scheduledStart))}`, { subtle: true }),
    ],
    actions: [openUrl(text.book, model.tabUrl)],
  });
}
