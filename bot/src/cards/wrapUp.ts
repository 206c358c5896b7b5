import { say } from '../locale.js';
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
import { nameIn } from './agendaLines.js';
import { CARD_LIMITS, clip, fitting, moreInTaiwa } from './limits.js';
import type { WrapUpModel } from './models.js';
import { botText } from './text.js';

/** The manager's wrap-up after a 1on1: what was covered, what carries over, and the next date. */
export function wrapUpCard(model: WrapUpModel): AdaptiveCard {
  const text = botText[model.locale].wrapUp;
  const done = model.items.filter((item) => item.status === 'discussed').length;
  const carried = model.items.filter((item) => item.status !== 'discussed');
  return fitting(carried.length, (shown) => {
    const body: CardElement[] = [
      heading(text.title(nameIn(model.memberName, model.locale))),
      paragraph(when(model.scheduledStart), { subtle: true, spacing: 'None' }),
    ];
    if (model.items.length > 0) body.push(paragraph(text.discussed(done, model.items.length)));
    if (carried.length > 0) {
      body.push(paragraph(text.carried, { spacing: 'Medium' }));
      for (const item of carried.slice(0, shown)) {
        const theme = clip(say(item.theme, model.locale), CARD_LIMITS.theme, model.locale);
        body.push(userText([`${botText[model.locale].bullet}${theme}`], { spacing: 'None' }));
      }
      body.push(...moreInTaiwa(carried.length - shown, model.locale, model.tabUrl));
    }
    if (model.nextTopics !== null) {
      body.push(
        paragraph(text.nextTopics, { spacing: 'Medium' }),
        userText([clip(model.nextTopics, CARD_LIMITS.longText, model.locale)], { spacing: 'None' }),
      );
    }
    body.push(
      paragraph(
        model.nextSessionStart === null ? text.nextMissing : text.nextBooked(when(model.nextSessionStart)),
        { spacing: 'Medium' },
      ),
    );
    return adaptiveCard({
      locale: model.locale,
      fallbackText: text.fallback(nameIn(model.memberName, model.locale)),
      body,
      actions: [
        openUrl(model.nextSessionStart === null ? text.book : botText[model.locale].openTab, model.tabUrl),
      ],
    });
  });
}
