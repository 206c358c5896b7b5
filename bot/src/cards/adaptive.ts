import type { Locale } from '../locale.js';

/** Adaptive Cards 1.5 JSON, built from plain objects; the schema is the Adaptive Cards one. */
export type CardElement = { type: string } & Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  lang: Locale;
  fallbackText: string;
  body: CardElement[];
  actions?: CardElement[];
  refresh?: { action: CardElement; userIds: string[] };
}

/** Teams refuses cards (with their activity) above 28 KB. */
export const CARD_SIZE_LIMIT_BYTES = 28 * 1024;

export interface ActionData {
  verb: string;
  sessionId?: string;
  [key: string]: unknown;
}

export function adaptiveCard(options: {
  locale: Locale;
  fallbackText: string;
  body: CardElement[];
  actions?: CardElement[];
  refresh?: { verb: string; data: ActionData; userIds: string[] };
}): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: options.locale,
    fallbackText: options.fallbackText,
    body: options.body,
  };
  if (options.actions !== undefined && options.actions.length > 0) card.actions = options.actions;
  // Without user ids Teams would refresh for nobody; a refresh clause then only adds weight.
  if (options.refresh !== undefined && options.refresh.userIds.length > 0) {
    card.refresh = {
      action: { type: 'Action.Execute', verb: options.refresh.verb, data: options.refresh.data },
      userIds: options.refresh.userIds,
    };
  }
  return card;
}

/**
 * A Universal Action. Clients without Action.Execute (older Teams) fall back to Action.Submit with
 * the same data, which arrives as a message whose value carries the verb.
 */
export function execute(title: string, data: ActionData, style?: 'positive' | 'destructive'): CardElement {
  const action: CardElement = { type: 'Action.Execute', title, verb: data.verb, data };
  if (style !== undefined) action.style = style;
  action.fallback = { type: 'Action.Submit', title, data };
  return action;
}

export function openUrl(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' };
}

export function paragraph(text: string, options: { subtle?: boolean; spacing?: string } = {}): CardElement {
  const block: CardElement = { type: 'TextBlock', text, wrap: true };
  if (options.subtle === true) block.isSubtle = true;
  if (options.spacing !== undefined) block.spacing = options.spacing;
  return block;
}

export function facts(entries: ReadonlyArray<{ title: string; value: string }>): CardElement {
  return { type: 'FactSet', facts: entries.map(({ title, value }) => ({ title, value })) };
}

/** Adaptive Cards date functions render in the reader's own time zone; they take seconds-precision UTC. */
export function when(iso: string): string {
  const utc = new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${utc}, SHORT)}} {{TIME(${utc})}}`;
}

/**
 * Hosts expand `{{DATE(…)}}` and `{{TIME(…)}}` anywhere in card text; a zero-width space between
 * the braces keeps what someone typed from being read as a function.
 */
export function literal(text: string): string {
  return text.replaceAll('{{', '{\u200B{');
}

/**
 * What people wrote, placed where hosts read Markdown (a TextBlock sentence, a choice title): no
 * date function, and no `[text](url)` link.
 */
export function inMarkdown(text: string): string {
  return literal(text).replaceAll('](', ']\u200B(');
}

/**
 * Text people wrote (themes, memos, impressions). TextBlock reads Markdown, so such text goes into
 * a RichTextBlock, whose runs are shown as written.
 */
export function userText(
  runs: ReadonlyArray<string | { text: string; weight?: 'Bolder'; isSubtle?: boolean }>,
  options: { spacing?: string } = {},
): CardElement {
  const block: CardElement = {
    type: 'RichTextBlock',
    inlines: runs.map((run) =>
      typeof run === 'string'
        ? { type: 'TextRun', text: literal(run) }
        : { type: 'TextRun', ...run, text: literal(run.text) },
    ),
  };
  if (options.spacing !== undefined) block.spacing = options.spacing;
  return block;
}

export function cardByteSize(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
