// @vitest-environment happy-dom
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../locale.js';
import { type AdaptiveCard, CARD_SIZE_LIMIT_BYTES, cardByteSize } from './adaptive.js';
import { followUpCard } from './followUp.js';
import { helpCard } from './help.js';
import { managerNoticeCard } from './managerNotice.js';
import type { AgendaLine } from './models.js';
import { my1on1sCard } from './my1on1s.js';
import { ratingCard } from './rating.js';
import { reminderCard } from './reminder.js';
import { wrapUpCard } from './wrapUp.js';

interface ParseEvent {
  message: string;
}
interface ParsedCard {
  parse(json: unknown, context: unknown): void;
  render(): unknown;
  validateProperties(): { validationEvents: ParseEvent[] };
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => ParsedCard;
  SerializationContext: new () => { eventCount: number; getEventAt(index: number): ParseEvent };
  CardElement: { langProperty: { regEx: RegExp } };
}

let cards: AdaptiveCardsModule;

beforeAll(() => {
  // The package's ESM build imports files without extensions, which Node refuses; its UMD bundle loads.
  cards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
});

/** Parses and renders (in happy-dom, standing in for a browser) the way a host would. */
function parseProblems(card: AdaptiveCard): string[] {
  // The package checks `lang` with a shared /g regex whose lastIndex survives between cards, so
  // every second valid card would be refused; start each parse afresh.
  cards.CardElement.langProperty.regEx.lastIndex = 0;
  const parsed = new cards.AdaptiveCard();
  const context = new cards.SerializationContext();
  parsed.parse(card, context);
  const problems = Array.from(
    { length: context.eventCount },
    (_, index) => context.getEventAt(index).message,
  );
  problems.push(...parsed.validateProperties().validationEvents.map((event) => event.message));
  expect(parsed.render()).toBeTruthy();
  return problems;
}

const long = (n: number) => '話したいことの詳細。'.repeat(n);
const label = (ja: string, en: string) => ({ ja, en });

function agenda(count: number, detailRepeat = 2): AgendaLine[] {
  return Array.from({ length: count }, (_, index) => ({
    agendaItemId: `item-${index}`,
    theme: label(`テーマ ${index}`, `Theme ${index}`),
    expectedResponse: index % 3 === 0 ? null : label('一緒に考えてほしい', 'Think it through together'),
    guidance: label('答えを出す前に質問で考えを広げましょう。', 'Ask questions before answering.'),
    detail: long(detailRepeat),
  }));
}

const context = (locale: Locale) => ({
  locale,
  sessionId: 'de000000-0000-4000-8000-000000000300',
  scheduledStart: '2026-12-01T01:00:00.000Z',
  tabUrl: 'https://taiwa.example/',
});

function everyCard(locale: Locale, items: number): Array<[string, AdaptiveCard]> {
  const lines = agenda(items);
  const rating = {
    clarity: 4,
    impressions: long(50),
    shareImpressions: true,
    fits: Object.fromEntries(lines.map((line) => [line.agendaItemId, 'partly' as const])),
    editableUntil: '2026-12-08T01:30:00.000Z',
    editable: true,
  };
  const ratingModel = {
    ...context(locale),
    managerName: '佐藤 美咲',
    items: lines,
    refreshUserIds: ['29:member'],
  };
  const catalog = Array.from({ length: 8 }, (_, index) => ({
    id: `c${index}`,
    label: label(`選択肢 ${index}`, `Choice ${index}`),
  }));
  const reminder = {
    ...context(locale),
    timing: 'dayBefore' as const,
    managerName: '佐藤 美咲',
    themes: catalog,
    expectedResponses: catalog.slice(0, 6),
    agenda: lines,
    // The most a pair could leave open, each at the longest text the API takes.
    actionItems: Array.from({ length: 40 }, (_, index) => ({
      text: long(300),
      owner: index % 2 === 0 ? ('member' as const) : ('manager' as const),
      dueDate: '2026-12-01',
      overdue: true,
    })),
    open: true,
    refreshUserIds: ['29:member'],
  };
  return [
    ['rating form', ratingCard({ ...ratingModel, rating: null })],
    ['rating thanks', ratingCard({ ...ratingModel, rating })],
    ['rating edit', ratingCard({ ...ratingModel, rating }, { edit: true })],
    ['rating closed', ratingCard({ ...ratingModel, rating: { ...rating, editable: false } })],
    ['reminder', reminderCard(reminder, { justAdded: true })],
    ['reminder closed', reminderCard({ ...reminder, open: false, timing: 'soon' })],
    ['manager notice', managerNoticeCard({ ...context(locale), memberName: '田中 健太', items: lines })],
    [
      'wrap-up',
      wrapUpCard({
        ...context(locale),
        memberName: '田中 健太',
        items: lines.map((line, index) => ({
          theme: line.theme,
          status: index % 2 === 0 ? 'discussed' : 'carried_over',
        })),
        nextTopics: long(100),
        nextSessionStart: null,
      }),
    ],
    ['follow-up', followUpCard({ ...context(locale), partnerName: 'Emily Clark' })],
    [
      'my 1on1s',
      my1on1sCard({
        locale,
        tabUrl: 'https://taiwa.example/',
        entries: Array.from({ length: 15 }, (_, index) => ({
          pairId: `p${index}`,
          partnerName: `Person ${index}`,
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
        })),
      }),
    ],
    ['help', helpCard({ locale, tabUrl: 'https://taiwa.example/', known: false })],
  ];
}

describe.each(['ja', 'en'] as const)('cards in %s', (locale) => {
  // An agenda holds at most 20 items; details and impressions are at their realistic worst.
  it.each(everyCard(locale, 20))('%s parses as Adaptive Cards 1.5 and stays under 28 KB', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(card.lang).toBe(locale);
    expect(parseProblems(card)).toEqual([]);
    expect(cardByteSize(card)).toBeLessThan(CARD_SIZE_LIMIT_BYTES);
  });
});

describe('universal actions', () => {
  it('give every Action.Execute an Action.Submit fallback with the same data', () => {
    for (const [, card] of everyCard('ja', 3)) {
      for (const action of card.actions ?? []) {
        if (action.type !== 'Action.Execute') continue;
        expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: action.data });
      }
    }
  });

  it('refresh the rating card only for the member', () => {
    const [, card] = everyCard('en', 1)[0] ?? [];
    expect(card?.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: 'rating.refresh',
        data: { verb: 'rating.refresh', sessionId: context('en').sessionId },
      },
      userIds: ['29:member'],
    });
  });

  it('speak the reader’s language', () => {
    const [, ja] = everyCard('ja', 1)[0] ?? [];
    const [, en] = everyCard('en', 1)[0] ?? [];
    expect(JSON.stringify(ja)).toContain('すっきり度');
    expect(JSON.stringify(en)).toContain('How cleared-up');
  });
});

describe('reminder card action items', () => {
  const model = (locale: Locale) => ({
    locale,
    sessionId: 's',
    scheduledStart: '2026-12-10T01:00:00.000Z',
    tabUrl: 'https://taiwa.example/s',
    timing: 'dayBefore' as const,
    managerName: '佐藤 美咲',
    themes: [],
    expectedResponses: [],
    agenda: [],
    open: false,
    refreshUserIds: [],
    actionItems: [
      { text: '研修の申込書を出す', owner: 'member' as const, dueDate: '2026-12-01', overdue: true },
      { text: '評価基準を共有する', owner: 'manager' as const, dueDate: null, overdue: false },
      { text: 'c', owner: 'member' as const, dueDate: null, overdue: false },
      { text: 'd', owner: 'member' as const, dueDate: null, overdue: false },
    ],
  });

  it('lists open ones with who and by when, marks the overdue, and links to the rest', () => {
    const ja = JSON.stringify(reminderCard(model('ja')));
    expect(ja).toContain('未完了のアクションアイテム');
    expect(ja).toContain('研修の申込書を出す');
    expect(ja).toContain('期限 2026-12-01');
    expect(ja).toContain('期限切れ');
    expect(ja).toContain('評価基準を共有する');
    expect(ja).not.toContain('"text":"d"');
    const en = JSON.stringify(reminderCard(model('en')));
    expect(en).toContain('Open action items');
    expect(en).toContain('overdue');
    expect(en).toContain('due 2026-12-01');
  });

  it('says nothing about action items when none is open', () => {
    const card = JSON.stringify(reminderCard({ ...model('en'), actionItems: [] }));
    expect(card).not.toContain('Open action items');
  });
});
