import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  heading,
  openUrl,
  paragraph,
  userText,
  when,
} from './adaptive.js';
import { CARD_LIMITS, clip, fitting, moreInTaiwa } from './limits.js';
import type { My1on1sModel } from './models.js';
import { botText } from './text.js';

/** "My 1on1s" in the personal chat: each pair with its next and last 1on1. */
export function my1on1sCard(model: My1on1sModel): AdaptiveCard {
  const text = botText[model.locale].my1on1s;
  return fitting(
    model.entries.length,
    (shown) => {
      const body: CardElement[] = [heading(text.title)];
      if (model.entries.length === 0) body.push(paragraph(text.none));
      for (const entry of model.entries.slice(0, shown)) {
        const partner = clip(entry.partnerName, CARD_LIMITS.name, model.locale);
        body.push(
          userText([{ text: text.withPartner(partner, entry.myRole), weight: 'Bolder' }], {
            spacing: 'Medium',
          }),
        );
        const lines: string[] = [];
        if (entry.next === null) lines.push(text.noNext);
        else if (entry.next.status === 'live') lines.push(text.live);
        else lines.push(text.next(when(entry.next.scheduledStart)), text.prepared(entry.next.preparedItems));
        if (entry.lastStart !== null) lines.push(text.last(when(entry.lastStart)));
        body.push(paragraph(lines.join('\n\n'), { subtle: true, spacing: 'None' }));
      }
      body.push(...moreInTaiwa(model.entries.length - shown, model.locale, model.tabUrl));
      return adaptiveCard({
        locale: model.locale,
        fallbackText: text.fallback,
        body,
        actions: [openUrl(botText[model.locale].openTab, model.tabUrl)],
      });
    },
    CARD_LIMITS.pairs,
  );
}
