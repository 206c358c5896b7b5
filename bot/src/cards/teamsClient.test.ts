// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AnySchema, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingActivity } from '../activity.js';
import { parseRatingInputs } from '../cardInputs.js';
import type { Locale } from '../locale.js';
import { cardMessage } from '../turn.js';
import { type AdaptiveCard, CARD_SIZE_LIMIT_BYTES, type CardElement } from './adaptive.js';
import { followUpCard } from './followUp.js';
import { helpCard } from './help.js';
import { CARD_LIMITS } from './limits.js';
import { managerNoticeCard } from './managerNotice.js';
import type { AgendaLine, CatalogChoice, My1on1Entry, RatingState } from './models.js';
import { my1on1sCard } from './my1on1s.js';
import { ratingCard } from './rating.js';
import { reminderCard } from './reminder.js';
import { botText } from './text.js';
import { wrapUpCard } from './wrapUp.js';

/**
 * Every card the bot can send, checked the way Teams sees it: against the official Adaptive Cards
 * 1.5 JSON schema, rendered by Microsoft's `adaptivecards` renderer with the Teams host configs
 * (light and dark), in Japanese and English, with ordinary, hostile and maximum-length input,
 * and sized as the activity that carries it (Teams refuses more than 28 KB).
 */

const readVendored = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../vendor/adaptivecards', name));
const require = createRequire(import.meta.url);

// ---- the API's limits (api/src/domain), which is what a card can be asked to show ----
const MAX = {
  agendaItems: 20,
  themeText: 200,
  detail: 2000,
  impressions: 2000,
  memo: 4000,
  catalogLabel: 100,
  catalogDescription: 300,
  themes: 50,
  expectedResponses: 30,
  /** Entra allows 256 characters in a display name. */
  name: 256,
  /** Not an API limit: a manager with very many members. */
  pairs: 60,
} as const;

// ---- inputs ----
type Text = (length: number, seed?: number) => string;

/** Ordinary text. */
const plain: Text = (length, seed = 0) => `話したいこと ${seed} `.repeat(length).slice(0, length);

/**
 * The costliest characters per UTF-16 unit once serialised as JSON in UTF-8: CJK (3 bytes),
 * quotes and backslashes (escaped), control characters and lone surrogates (6 bytes as `\u0001`),
 * emoji (4 bytes per 2 units) and `{{`, which cards defuse with an extra character.
 */
const ALPHABETS: Record<string, string> = {
  cjk: '漢',
  escaped: '"\\',
  control: '\u0001\u001f',
  loneSurrogate: '\uD800',
  emoji: '😀',
  braces: '{{',
  mixed: '漢"\u0001😀{{\uDC00\\\n',
};
const worst =
  (alphabet: string): Text =>
  (length) =>
    alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](https://evil.example/phish)',
  '**bold** _italic_ # heading\n- list',
  '{{DATE(2026-12-01T01:00:00Z, SHORT)}}',
  '\u202Eevil\u202C \u200B zero-width',
  'Z̷̢̛a̶̧l̵g̴o̷',
  '👩‍👩‍👧‍👦 family',
  '\u0000\u0007\u001b[31m escape',
];
const hostile: Text = (length, seed = 0) => {
  const base = HOSTILE[seed % HOSTILE.length] ?? '';
  return base.repeat(Math.ceil(length / base.length)).slice(0, Math.max(1, Math.min(length, 400)));
};

const label = (text: Text, length: number, seed: number) => ({
  ja: text(length, seed),
  en: text(length, seed + 1),
});

interface CardInput {
  text: Text;
  items: number;
  lengths: {
    theme: number;
    detail: number;
    label: number;
    description: number;
    name: number;
    impressions: number;
    memo: number;
  };
  themes: number;
  expectedResponses: number;
  pairs: number;
}

const ORDINARY: Omit<CardInput, 'text'> = {
  items: 3,
  lengths: { theme: 12, detail: 40, label: 10, description: 30, name: 8, impressions: 60, memo: 80 },
  themes: 8,
  expectedResponses: 6,
  pairs: 3,
};
const MAXIMUM: Omit<CardInput, 'text'> = {
  items: MAX.agendaItems,
  lengths: {
    theme: MAX.themeText,
    detail: MAX.detail,
    label: MAX.catalogLabel,
    description: MAX.catalogDescription,
    name: MAX.name,
    impressions: MAX.impressions,
    memo: MAX.memo,
  },
  themes: MAX.themes,
  expectedResponses: MAX.expectedResponses,
  pairs: MAX.pairs,
};

const SESSION_ID = 'de000000-0000-4000-8000-000000000300';
// A deep link of the length Teams' entity links reach, with its %-encoded context.
const TAB_URL = `https://teams.microsoft.com/l/entity/00000000-0000-4000-8000-000000000001/session?webUrl=${encodeURIComponent(
  `https://taiwa.example.com/sessions/${SESSION_ID}`,
)}&context=${encodeURIComponent(JSON.stringify({ subEntityId: SESSION_ID, chatId: `19:meeting_${'x'.repeat(60)}@thread.v2` }))}`;

function agenda(input: CardInput): AgendaLine[] {
  const { text, lengths } = input;
  return Array.from({ length: input.items }, (_, index) => ({
    agendaItemId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    theme: { ja: text(lengths.theme, index), en: text(lengths.theme, index) },
    expectedResponse: index % 4 === 3 ? null : label(text, lengths.label, index),
    guidance: label(text, lengths.description, index + 7),
    detail: text(lengths.detail, index + 3),
  }));
}

function catalog(input: CardInput, count: number): CatalogChoice[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `entry-${index}`,
    label: label(input.text, input.lengths.label, index),
  }));
}

/** Every card the bot sends, with its name. */
function everyCard(locale: Locale, input: CardInput): Array<[string, AdaptiveCard]> {
  const lines = agenda(input);
  const name = input.text(input.lengths.name, 1);
  const context = {
    locale,
    sessionId: SESSION_ID,
    scheduledStart: '2026-12-01T01:00:00.000Z',
    tabUrl: TAB_URL,
  };
  const rating: RatingState = {
    clarity: 4,
    impressions: input.text(input.lengths.impressions, 2),
    shareImpressions: true,
    fits: Object.fromEntries(lines.map((line) => [line.agendaItemId, 'partly' as const])),
    editableUntil: '2026-12-08T01:30:00.000Z',
    editable: true,
  };
  const ratingModel = { ...context, managerName: name, items: lines, refreshUserIds: ['29:1member'] };
  const reminder = {
    ...context,
    timing: 'dayBefore' as const,
    managerName: name,
    themes: catalog(input, input.themes),
    expectedResponses: catalog(input, input.expectedResponses),
    agenda: lines,
    open: true,
    refreshUserIds: ['29:1member'],
  };
  const entries: My1on1Entry[] = Array.from({ length: input.pairs }, (_, index) => ({
    pairId: `p${index}`,
    partnerName: input.text(input.lengths.name, index),
    myRole: index % 2 === 0 ? 'manager' : 'member',
    next:
      index % 3 === 0
        ? null
        : {
            sessionId: `s${index}`,
            scheduledStart: '2026-12-01T01:00:00Z',
            status: 'planned',
            preparedItems: 2,
          },
    lastStart: '2026-11-17T01:00:00Z',
  }));
  const wrapUp = {
    ...context,
    memberName: name,
    items: lines.map((line, index) => ({
      theme: line.theme,
      status: index % 3 === 0 ? ('discussed' as const) : ('carried_over' as const),
    })),
    nextTopics: input.text(input.lengths.memo, 5),
  };
  return [
    ['rating form', ratingCard({ ...ratingModel, rating: null })],
    ['rating thanks', ratingCard({ ...ratingModel, rating })],
    ['rating edit', ratingCard({ ...ratingModel, rating }, { edit: true })],
    ['rating closed', ratingCard({ ...ratingModel, rating: { ...rating, editable: false } })],
    ['reminder', reminderCard(reminder)],
    ['reminder after adding', reminderCard({ ...reminder, timing: 'soon' }, { justAdded: true })],
    ['reminder closed', reminderCard({ ...reminder, open: false })],
    ['manager notice', managerNoticeCard({ ...context, memberName: name, items: lines })],
    ['wrap-up', wrapUpCard({ ...wrapUp, nextSessionStart: null })],
    ['wrap-up booked', wrapUpCard({ ...wrapUp, nextSessionStart: '2026-12-15T01:00:00Z' })],
    ['follow-up', followUpCard({ ...context, partnerName: name })],
    ['my 1on1s', my1on1sCard({ locale, tabUrl: TAB_URL, entries })],
    ['my 1on1s (none)', my1on1sCard({ locale, tabUrl: TAB_URL, entries: [] })],
    ['help', helpCard({ locale, tabUrl: TAB_URL, known: true })],
    ['help (new person)', helpCard({ locale, tabUrl: TAB_URL, known: false })],
  ];
}

/**
 * The activity as the connector receives a proactive card: the message plus what botbuilder adds
 * from the stored conversation reference. Ids are at the longest Teams issues them.
 */
function sentActivity(message: OutgoingActivity): Record<string, unknown> {
  return {
    ...message,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/apac/4b6e0f37-7d6f-4a8e-9b1e-2f1a3c5d7e9f/',
    conversation: {
      id: `a:1${'x'.repeat(180)}`,
      conversationType: 'personal',
      tenantId: '4b6e0f37-7d6f-4a8e-9b1e-2f1a3c5d7e9f',
    },
    from: { id: `28:${'b'.repeat(36)}`, name: 'Taiwa' },
    recipient: { id: `29:1${'u'.repeat(120)}`, aadObjectId: '2b2c3d4e-0000-4000-8000-000000000001' },
    locale: 'ja-JP',
    replyToId: `1:1${'r'.repeat(60)}`,
  };
}
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

// ---- the official schema and renderer ----
interface RenderedElement {
  querySelectorAll(selector: string): ArrayLike<RenderedNode>;
  textContent: string | null;
}
interface RenderedNode {
  getAttribute(name: string): string | null;
  textContent: string | null;
  style: { color: string };
}
interface ParsedCard {
  hostConfig: unknown;
  parse(json: unknown, context: unknown): void;
  render(): RenderedElement | undefined;
  validateProperties(): { validationEvents: Array<{ message: string }> };
}
interface AdaptiveCardsModule {
  AdaptiveCard: (new () => ParsedCard) & {
    onProcessMarkdown?: (text: string, result: { didProcess: boolean; outputHtml?: string }) => void;
  };
  HostConfig: new (json: unknown) => unknown;
  SerializationContext: new () => { eventCount: number; getEventAt(index: number): { message: string } };
  CardElement: { langProperty: { regEx: RegExp } };
}

// CommonJS packages: their class and function are the default export's `default`.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
let validate: ValidateFunction;
let renderer: AdaptiveCardsModule;
const hostConfigs: Record<'light' | 'dark', unknown> = { light: null, dark: null };
const hostConfigJson: Record<
  'light' | 'dark',
  { containerStyles: { default: { foregroundColors: { default: { default: string } } } } }
> = {} as never;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

beforeAll(() => {
  // The schema says draft-06 but names itself with draft-04's `id`, which only Ajv's draft-04 build
  // reads; of draft-06 it uses nothing but `examples`, an annotation. Its own extra keywords
  // (`version`, `features`) are annotations too, hence `strict: false`.
  const ajv = new AjvDraft04({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  validate = ajv.compile(
    JSON.parse(readVendored('adaptive-card-1.5.schema.json').toString('utf8')) as AnySchema,
  );

  // The package's ESM build imports files without extensions, which Node refuses; its UMD bundle loads.
  renderer = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
  // Teams renders Markdown in TextBlocks, links included; this stands in for its processor so a
  // link someone typed would show up as one here too.
  renderer.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = escapeHtml(text).replace(
      /\[([^\]]*)\]\(([^)\s]*)\)/g,
      (_whole, linkText: string, href: string) => `<a href="${href}">${linkText}</a>`,
    );
    result.didProcess = true;
  };
  for (const theme of ['light', 'dark'] as const) {
    const json = JSON.parse(readVendored(`host-config.microsoft-teams-${theme}.json`).toString('utf8'));
    hostConfigJson[theme] = json;
    hostConfigs[theme] = new renderer.HostConfig(json);
  }
});

function schemaProblems(card: AdaptiveCard): string[] {
  if (validate(card)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

function render(
  card: AdaptiveCard,
  theme: 'light' | 'dark',
): { element: RenderedElement; problems: string[] } {
  // The package checks `lang` with a shared /g regex whose lastIndex survives between cards.
  renderer.CardElement.langProperty.regEx.lastIndex = 0;
  const parsed = new renderer.AdaptiveCard();
  parsed.hostConfig = hostConfigs[theme];
  const context = new renderer.SerializationContext();
  parsed.parse(card, context);
  const problems = Array.from(
    { length: context.eventCount },
    (_, index) => context.getEventAt(index).message,
  );
  problems.push(...parsed.validateProperties().validationEvents.map((event) => event.message));
  const element = parsed.render();
  if (element === undefined) throw new Error('the card did not render');
  return { element, problems };
}

function walk(elements: readonly CardElement[] | undefined, visit: (element: CardElement) => void): void {
  for (const element of elements ?? []) {
    visit(element);
    walk(element.actions as CardElement[] | undefined, visit);
    walk(element.items as CardElement[] | undefined, visit);
  }
}

interface InputCase {
  input: CardInput;
  /** Rendering is slow (a DOM per card and theme); the single-alphabet cases only test schema and size. */
  render: boolean;
}
const inputs: Array<[string, InputCase]> = [
  ['ordinary input', { input: { ...ORDINARY, text: plain }, render: true }],
  ['hostile input', { input: { ...ORDINARY, text: hostile }, render: true }],
  ['hostile input at maximum length', { input: { ...MAXIMUM, text: hostile }, render: true }],
  ...Object.entries(ALPHABETS).map(([name, alphabet]): [string, InputCase] => [
    `maximum input of ${name} text`,
    { input: { ...MAXIMUM, text: worst(alphabet) }, render: name === 'mixed' },
  ]),
];

describe('the vendored Microsoft files', () => {
  it('are the published ones, unchanged', () => {
    const sha = (name: string) => createHash('sha256').update(readVendored(name)).digest('hex');
    expect(sha('adaptive-card-1.5.schema.json')).toBe(
      '5a7e3dec95334c1b6544e44508d095b784eb3146dd75cc6a794e05288f6ab277',
    );
    expect(sha('host-config.microsoft-teams-light.json')).toBe(
      '668be6974eb3fe0f963e1b4bedeb24aaa1cdf55c8d31ab834d0dd779e0280ab8',
    );
    expect(sha('host-config.microsoft-teams-dark.json')).toBe(
      '995c89108229479e65107d942152b6e633638ad2dd2c7028a3f48c6cc0c2c3ed',
    );
  });

  it('make the schema refuse what Teams would refuse', () => {
    const [, card] = everyCard('en', { ...ORDINARY, text: plain })[0] ?? [];
    if (card === undefined) throw new Error('no card');
    expect(schemaProblems(card)).toEqual([]);
    expect(schemaProblems({ ...card, body: [{ type: 'TextBlock' }] })).not.toEqual([]);
    expect(schemaProblems({ ...card, body: [{ type: 'Input.Text', label: 'no id' }] })).not.toEqual([]);
    expect(schemaProblems({ ...card, actions: [{ type: 'Action.OpenUrl', title: 'no url' }] })).not.toEqual(
      [],
    );
  });
});

describe.each(inputs)('cards built from %s', (_inputName, { input, render: rendered }) => {
  describe.each(['ja', 'en'] as const)('in %s', (locale) => {
    const cards = everyCard(locale, input);

    it.each(cards)('%s follows the Adaptive Cards 1.5 schema', (_name, card) => {
      expect(card.version).toBe('1.5');
      expect(card.lang).toBe(locale);
      expect(schemaProblems(card)).toEqual([]);
    });

    it.each(cards)('%s arrives: its activity is under 28 KB', (_name, card) => {
      expect(bytes(sentActivity(cardMessage(card)))).toBeLessThan(CARD_SIZE_LIMIT_BYTES);
    });

    if (rendered)
      it.each(cards)('%s renders with the Teams host configs, light and dark', (_name, card) => {
        for (const theme of ['light', 'dark'] as const) {
          const { element, problems } = render(card, theme);
          expect(problems).toEqual([]);
          // Text takes the theme's colours (white on Teams' dark background, near-black on light).
          const foreground = hostConfigJson[theme].containerStyles.default.foregroundColors.default.default;
          const colours = new Set(
            Array.from(
              element.querySelectorAll('.ac-textBlock, .ac-richTextBlock'),
              (node) => node.style.color,
            ),
          );
          expect(colours.size).toBeGreaterThan(0);
          expect([...colours].some((colour) => sameColour(colour, foreground))).toBe(true);
          // Nothing anyone typed becomes markup, script or a link.
          expect(element.querySelectorAll('script, img, iframe').length).toBe(0);
          for (const link of Array.from(element.querySelectorAll('a'))) {
            expect(link.getAttribute('href') ?? '').not.toContain('evil.example');
          }
        }
      });
  });
});

/** `#AARRGGBB` from a host config against the `rgba(…)` the renderer writes. */
function sameColour(rendered: string, hostColour: string): boolean {
  const hex = hostColour.replace('#', '');
  const [r, g, b] =
    (hex.length === 8 ? hex.slice(2) : hex).match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? [];
  return (
    rendered.replace(/\s/g, '').startsWith(`rgba(${r},${g},${b},`) ||
    rendered.replace(/\s/g, '') === `rgb(${r},${g},${b})`
  );
}

describe('what a card says', () => {
  const fixedText = (card: AdaptiveCard) => {
    // Text the card itself writes: everything but what people wrote (RichTextBlocks hold that).
    const parts: string[] = [card.fallbackText];
    walk(card.body, (element) => {
      for (const key of ['text', 'label', 'placeholder', 'errorMessage', 'title'] as const) {
        const value = element[key];
        if (typeof value === 'string' && element.type !== 'RichTextBlock') parts.push(value);
      }
      if (Array.isArray(element.choices))
        for (const choice of element.choices as Array<{ title: string }>) parts.push(choice.title);
    });
    walk(card.actions, (action) => {
      if (typeof action.title === 'string') parts.push(action.title);
    });
    return parts.join('\n');
  };
  // English people and catalog entries, so any Japanese left in an English card is the card's own.
  const english: Text = (length, seed = 0) => `Topic ${seed} `.repeat(length).slice(0, length);

  it.each(everyCard('en', { ...ORDINARY, items: 8, text: english }))(
    'in English, %s has no Japanese text or punctuation',
    (_name, card) => {
      expect(JSON.stringify(card)).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
    },
  );

  it.each(everyCard('ja', { ...ORDINARY, items: 8, text: english }))(
    'in Japanese, %s uses full-width punctuation after Japanese text',
    (_name, card) => {
      expect(fixedText(card)).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff][:?!]/);
    },
  );

  it('lists a carried-over theme under its catalog label in the card’s language', () => {
    const theme = { ja: 'キャリア', en: 'Career' };
    for (const [locale, expected, absent] of [
      ['en', '• Career', '・'],
      ['ja', '・キャリア', '• '],
    ] as const) {
      const card = wrapUpCard({
        locale,
        sessionId: SESSION_ID,
        scheduledStart: '2026-12-01T01:00:00.000Z',
        tabUrl: TAB_URL,
        memberName: 'Kenta Tanaka',
        items: [{ theme, status: 'carried_over' }],
        nextTopics: null,
        nextSessionStart: null,
      });
      const runs = JSON.stringify(card);
      expect(runs).toContain(JSON.stringify(expected));
      expect(runs).not.toContain(absent);
    }
  });

  it.each(['ja', 'en'] as const)('tells what to do when a required input is empty (%s)', (locale) => {
    const required: CardElement[] = [];
    for (const [, card] of everyCard(locale, { ...ORDINARY, text: plain })) {
      walk(card.body, (element) => {
        if (element.isRequired === true) required.push(element);
      });
    }
    expect(required.map((input) => input.id).sort()).toEqual(
      ['clarity', 'clarity', 'expectedResponseId', 'expectedResponseId', 'themeId', 'themeId'].sort(),
    );
    const asks = locale === 'ja' ? /を選んでください$/ : /^Choose /;
    for (const input of required) {
      expect(input.errorMessage).toMatch(asks);
      expect(input.errorMessage).not.toBe(input.label);
    }
    const text = botText[locale];
    expect(new Set(required.map((input) => input.errorMessage))).toEqual(
      new Set([text.rating.clarityRequired, text.reminder.themeRequired, text.reminder.expectedRequired]),
    );
  });
});

describe('long agendas', () => {
  const input: CardInput = { ...MAXIMUM, text: plain };
  const moreButtons = (card: AdaptiveCard) => {
    const found: CardElement[] = [];
    walk(card.body, (element) => {
      if (element.type === 'ActionSet') found.push(...((element.actions as CardElement[]) ?? []));
    });
    return found;
  };

  it.each(['ja', 'en'] as const)('show their first items and send the rest to Taiwa (%s)', (locale) => {
    const cards = Object.fromEntries(everyCard(locale, input));
    const hidden = MAX.agendaItems - CARD_LIMITS.entries;
    for (const name of ['rating form', 'rating thanks', 'reminder', 'manager notice']) {
      const card = cards[name];
      if (card === undefined) throw new Error(`no ${name} card`);
      expect(moreButtons(card), name).toEqual([
        { type: 'Action.OpenUrl', title: botText[locale].more(hidden), url: TAB_URL },
      ]);
    }
    const wrapUp = cards['wrap-up'];
    const carried = agenda(input).filter((_, index) => index % 3 !== 0).length;
    expect(moreButtons(wrapUp as AdaptiveCard)[0]?.title).toBe(
      botText[locale].more(carried - CARD_LIMITS.entries),
    );
  });

  it('keep the member’s answers for the items a rating card does not list', () => {
    const card = Object.fromEntries(everyCard('en', input))['rating edit'];
    const submit = card?.actions?.find((action) => action.type === 'Action.Execute');
    const data = submit?.data as Record<string, unknown>;
    const lines = agenda(input);
    const shown = lines.slice(0, CARD_LIMITS.entries).map((line) => `fit.${line.agendaItemId}`);
    const hidden = lines.slice(CARD_LIMITS.entries).map((line) => `fit.${line.agendaItemId}`);
    // Inputs of the listed items are on the card; the others' answers ride along unchanged.
    for (const key of shown) expect(data).not.toHaveProperty(key);
    for (const key of hidden) expect(data[key]).toBe('partly');
    // What Teams sends back (data merged with the inputs) still holds every item's answer.
    const parsed = parseRatingInputs({
      ...data,
      clarity: '3',
      ...Object.fromEntries(shown.map((key) => [key, 'yes'])),
    });
    expect(parsed.ok && parsed.value.fits).toHaveLength(MAX.agendaItems);
  });

  it('cut each text at a character boundary and say so', () => {
    const card = Object.fromEntries(everyCard('en', { ...MAXIMUM, text: worst('👩‍👩‍👧‍👦') }))[
      'manager notice'
    ];
    const runs: string[] = [];
    walk(card?.body, (element) => {
      for (const inline of (element.inlines as Array<{ text: string }> | undefined) ?? [])
        runs.push(inline.text);
    });
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.length).toBeLessThanOrEqual(CARD_LIMITS.detail + 3);
      // Never half an emoji: no lone surrogate is left behind.
      expect(run).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(runs.some((run) => run.endsWith('…'))).toBe(true);
  });
});
