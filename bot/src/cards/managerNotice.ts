import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  heading,
  openUrl,
  paragraph,
  when,
} from './adaptive.js';
import { agendaLine, nameIn } from './agendaLines.js';
import { fitting, moreInTaiwa } from './limits.js';
import type { ManagerNoticeModel } from './models.js';
import { botText } from './text.js';

/** Tells the manager what the member wants to talk about and how they hope it is answered. */
export function managerNoticeCard(model: ManagerNoticeModel): AdaptiveCard {
  const text = botText[model.locale].notice;
  return fitting(model.items.length, (shown) => {
    const body: CardElement[] = [
      heading(text.title(nameIn(model.memberName, model.locale))),
      paragraph(text.intro(when(model.scheduledStart)), { subtle: true, spacing: 'None' }),
    ];
    for (const line of model.items.slice(0, shown))
      body.push(...agendaLine(line, model.locale, { guidance: true }));
    body.push(...moreInTaiwa(model.items.length - shown, model.locale, model.tabUrl));
    return adaptiveCard({
      locale: model.locale,
      fallbackText: text.fallback(nameIn(model.memberName, model.locale)),
      body,
      actions: [openUrl(botText[model.locale].openTab, model.tabUrl)],
    });
  });
}
