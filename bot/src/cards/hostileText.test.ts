// @vitest-environment happy-dom
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from './adaptive.js';
import { managerNoticeCard } from './managerNotice.js';
import { ratingCard } from './rating.js';
import { wrapUpCard } from './wrapUp.js';

/** The part of a rendered DOM element this test reads (happy-dom provides it). */
interface RenderedElement {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
  textContent: string | null;
}
interface RenderableCard {
  parse(json: unknown): void;
  render(): RenderedElement | undefined;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => RenderableCard;
  CardElement: { langProperty: { regEx: RegExp } };
}

// What a member or manager might type, on purpose or not.
const PAYLOADS = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](https://evil.example/phish)',
  '**bold** _italic_ # heading',
  '{{DATE(2026-12-01T01:00:00Z, SHORT)}}',
];

let cards: AdaptiveCardsModule;
beforeAll(() => {
  cards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
});

function rendered(card: AdaptiveCard): RenderedElement {
  cards.CardElement.langProperty.regEx.lastIndex = 0;
  const parsed = new cards.AdaptiveCard();
  parsed.parse(card);
  const element = parsed.render();
  if (element === undefined) throw new Error('the card did not render');
  return element;
}

const context = {
  locale: 'ja' as const,
  sessionId: 'de000000-0000-4000-8000-000000000300',
  scheduledStart: '2026-12-01T01:00:00.000Z',
  tabUrl: 'https://taiwa.example/',
};

describe('text people wrote, in cards', () => {
  it.each(PAYLOADS)('is shown as written, never as markup or a link: %s', (payload) => {
    const line = {
      agendaItemId: 'item-1',
      theme: { ja: payload, en: payload },
      expectedResponse: null,
      guidance: null,
      detail: payload,
    };
    const built = [
      managerNoticeCard({ ...context, memberName: payload, items: [line] }),
      wrapUpCard({
        ...context,
        memberName: payload,
        items: [{ theme: { ja: payload, en: payload }, status: 'open' }],
        nextTopics: payload,
        nextSessionStart: null,
      }),
      ratingCard({
        ...context,
        managerName: payload,
        items: [line],
        rating: {
          clarity: 3,
          impressions: payload,
          shareImpressions: false,
          fits: { 'item-1': 'yes' },
          editableUntil: '2026-12-08T01:30:00.000Z',
          editable: true,
        },
        refreshUserIds: [],
      }),
    ];
    for (const card of built) {
      const element = rendered(card);
      expect(element.querySelectorAll('script, img, iframe').length).toBe(0);
      for (const link of Array.from(element.querySelectorAll('a'))) {
        expect(link.getAttribute('href') ?? '').not.toContain('evil.example');
      }
      expect(element.textContent?.replaceAll('\u200B', '')).toContain(payload);
    }
  });
});
