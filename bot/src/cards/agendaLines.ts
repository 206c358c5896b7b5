import { type Locale, say } from '../locale.js';
import { type CardElement, userText } from './adaptive.js';
import type { AgendaLine } from './models.js';
import { botText } from './text.js';

/** One agenda item as "theme — hoped-for response", with the member's detail beneath. */
export function agendaLine(
  line: AgendaLine,
  locale: Locale,
  options: { guidance?: boolean } = {},
): CardElement[] {
  const text = botText[locale];
  const expected =
    line.expectedResponse === null ? text.notice.notChosen : say(line.expectedResponse, locale);
  const elements: CardElement[] = [
    userText([{ text: say(line.theme, locale), weight: 'Bolder' }, ` — ${expected}`], { spacing: 'Medium' }),
  ];
  if (line.detail !== null)
    elements.push(userText([{ text: line.detail, isSubtle: true }], { spacing: 'None' }));
  if (options.guidance === true && line.guidance !== null) {
    elements.push(userText([{ text: say(line.guidance, locale), isSubtle: true }], { spacing: 'None' }));
  }
  return elements;
}
