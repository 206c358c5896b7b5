import { type Locale, say } from '../locale.js';
import { type CardElement, inMarkdown, userText } from './adaptive.js';
import { CARD_LIMITS, clip } from './limits.js';
import type { AgendaLine } from './models.js';
import { botText } from './text.js';

/**
 * One agenda item as "theme — hoped-for response", with the member's detail beneath; each text is
 * cut to its card limit (the whole item is in Taiwa).
 */
export function agendaLine(
  line: AgendaLine,
  locale: Locale,
  options: { guidance?: boolean } = {},
): CardElement[] {
  const text = botText[locale];
  const expected =
    line.expectedResponse === null
      ? text.notice.notChosen
      : clip(say(line.expectedResponse, locale), CARD_LIMITS.label, locale);
  const elements: CardElement[] = [
    userText(
      [
        { text: clip(say(line.theme, locale), CARD_LIMITS.theme, locale), weight: 'Bolder' },
        ` — ${expected}`,
      ],
      { spacing: 'Medium' },
    ),
  ];
  if (line.detail !== null) {
    elements.push(
      userText([{ text: clip(line.detail, CARD_LIMITS.detail, locale), isSubtle: true }], {
        spacing: 'None',
      }),
    );
  }
  if (options.guidance === true && line.guidance !== null) {
    elements.push(
      userText([{ text: clip(say(line.guidance, locale), CARD_LIMITS.guidance, locale), isSubtle: true }], {
        spacing: 'None',
      }),
    );
  }
  return elements;
}

/**
 * A person's name inside a card sentence (a TextBlock, which hosts read as Markdown): cut to
 * length, never read as a date function, and never turned into a link.
 */
export function nameIn(name: string, locale: Locale): string {
  return inMarkdown(clip(name, CARD_LIMITS.name, locale));
}
