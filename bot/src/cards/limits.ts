import type { Locale } from '../locale.js';
import {
  type AdaptiveCard,
  CARD_SIZE_LIMIT_BYTES,
  type CardElement,
  cardByteSize,
  openUrl,
} from './adaptive.js';
import { botText } from './text.js';

/**
 * What one card shows at most, so that every card reaches Teams whatever people wrote. Teams
 * refuses a message above 28 KB; the API accepts 20 agenda items of 2,000-character details,
 * 2,000-character impressions, 4,000-character memos and 100-character catalog labels, which in
 * Japanese (3 bytes a character in UTF-8) is several times that. So each text is cut at a length
 * per kind and each list at a number of entries, and what is left out is one tap away in Taiwa.
 * If an extreme mix still overflows (a tenant's 50-theme catalog, say), a list shows fewer
 * entries until the card fits: see `fitting`.
 */
export const CARD_LIMITS = {
  /** Agenda items or carried-over themes listed in one card. */
  entries: 6,
  /** Pairs in "my 1on1s" (each a name and two dates). */
  pairs: 15,
  /** UTF-16 units of each kind of text (cut at a character boundary, with an ellipsis). */
  theme: 80,
  label: 60,
  choice: 40,
  detail: 200,
  guidance: 140,
  name: 64,
  longText: 600,
} as const;

/**
 * The card plus the activity around it (conversation, ids, service URL, the summary) must stay
 * under Teams' 28 KB. Those fields are a few hundred bytes in practice; this leaves 4 KB for them.
 */
export const ACTIVITY_ENVELOPE_BYTES = 4 * 1024;
export const CARD_BUDGET_BYTES = CARD_SIZE_LIMIT_BYTES - ACTIVITY_ENVELOPE_BYTES;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Invisible control characters cost six bytes each once JSON-escaped (`\u0001`) and lone
 * surrogates are not text at all; without them every UTF-16 unit costs at most three bytes, which
 * is what the limits above are sized for. Line breaks and tabs stay readable.
 */
function readable(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replaceAll('\t', ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\n{3,}/g, '\n\n')
  );
}

/** Text as a card shows it: readable, and at most `max` UTF-16 units, ending in "…" when cut. */
export function clip(text: string, max: number, locale: Locale = 'en'): string {
  const clean = readable(text);
  if (clean.length <= max) return clean;
  const ellipsis = botText[locale].ellipsis;
  let kept = '';
  for (const { segment } of graphemes.segment(clean)) {
    if (kept.length + segment.length > max - ellipsis.length) break;
    kept += segment;
  }
  return `${kept.trimEnd()}${ellipsis}`;
}

/** The button under a shortened list: "3 more in Taiwa", opening the 1on1 there. */
export function moreInTaiwa(hidden: number, locale: Locale, url: string): CardElement[] {
  if (hidden <= 0) return [];
  return [{ type: 'ActionSet', spacing: 'Small', actions: [openUrl(botText[locale].more(hidden), url)] }];
}

/**
 * Builds the card with as many of `total` entries as fit: at most `max`, fewer when the card
 * would pass its budget. `build(shown)` lists the first `shown` and offers the rest through
 * `moreInTaiwa`.
 */
export function fitting(
  total: number,
  build: (shown: number) => AdaptiveCard,
  max: number = CARD_LIMITS.entries,
): AdaptiveCard {
  for (let shown = Math.min(total, max); shown > 0; shown--) {
    const card = build(shown);
    if (cardByteSize(card) <= CARD_BUDGET_BYTES) return card;
  }
  return build(0);
}
