import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  heading,
  literal,
  openUrl,
  paragraph,
  when,
} from './adaptive.js';
import { agendaLine } from './agendaLines.js';
import type { ManagerNoticeModel } from './models.js';
import { botText } from './text.js';

/** Tells the manager what the member wants to talk about and how they hope it is answered. */
export function managerNoticeCard(model: ManagerNoticeModel): AdaptiveCard {
  const text = botText[model.locale].notice;
  const body: CardElement[] = [
    heading(text.title(literal(model.memberName))),
    paragraph(text.intro(when(model.scheduledStart)), { subtle: true, spacing: 'None' }),
  ];
  for (const line of model.items) body.push(...agendaLine(line, model.locale, { guidance: true }));
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.fallback(model.memberName),
    body,
    actions: [openUrl(botText[model.locale].openTab, model.tabUrl)],
  });
}
