import { say } from '../locale.js';
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  heading,
  literal,
  openUrl,
  paragraph,
  userText,
  when,
} from './adaptive.js';
import type { WrapUpModel } from './models.js';
import { botText } from './text.js';

/** The manager's wrap-up after a 1on1: what was covered, what carries over, and the next date. */
export function wrapUpCard(model: WrapUpModel): AdaptiveCard {
  const text = botText[model.locale].wrapUp;
  const done = model.items.filter((item) => item.status === 'discussed').length;
  const carried = model.items.filter((item) => item.status !== 'discussed');
  const body: CardElement[] = [
    heading(text.title(literal(model.memberName))),
    paragraph(when(model.scheduledStart), { subtle: true, spacing: 'None' }),
  ];
  if (model.items.length > 0) body.push(paragraph(text.discussed(done, model.items.length)));
  if (carried.length > 0) {
    body.push(paragraph(text.carried, { spacing: 'Medium' }));
    for (const item of carried)
      body.push(userText([`・${say(item.theme, model.locale)}`], { spacing: 'None' }));
  }
  if (model.nextTopics !== null) {
    body.push(
      paragraph(text.nextTopics, { spacing: 'Medium' }),
      userText([model.nextTopics], { spacing: 'None' }),
    );
  }
  body.push(
    paragraph(
      model.nextSessionStart === null ? text.nextMissing : text.nextBooked(when(model.nextSessionStart)),
      {
        spacing: 'Medium',
      },
    ),
  );
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.fallback(model.memberName),
    body,
    actions: [
      openUrl(model.nextSessionStart === null ? text.book : botText[model.locale].openTab, model.tabUrl),
    ],
  });
}
