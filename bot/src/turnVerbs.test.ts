import { describe, expect, it } from 'vitest';
import type { IncomingActivity } from './activity.js';
import { helpCard } from './cards/help.js';
import { botText } from './cards/text.js';
import { verbs } from './cards/verbs.js';
import type { ChannelTrust } from './channelIdentity.js';
import type { Locale } from './locale.js';
import type { BotUser, TaiwaBotPort } from './port.js';
import { ADAPTIVE_CARD_ACTION_INVOKE, handleTurn, type TurnOutcome } from './turn.js';

/*
 * Every way a person talks to the bot — a card action's verb or a typed word — and the one port
 * call it becomes. The port answers "not found" / "unknown", so what is checked here is the routing,
 * not the cards (cards.test.ts covers those).
 */

const TENANT = '11111111-1111-4111-8111-111111111111';
const APP_ID = '33333333-3333-4333-8333-333333333333';
const MEMBER = '44444444-4444-4444-8444-444444444444';
const SESSION = '55555555-5555-4555-8555-555555555555';
const trust: ChannelTrust = { botAppId: APP_ID, allowedTenants: new Set([TENANT]) };

type Call = [method: string, ...args: unknown[]];

/** A port that records each call and answers as if nothing were there. */
function recordingPort(): { port: TaiwaBotPort; calls: Call[] } {
  const calls: Call[] = [];
  const localeOf = (user: BotUser): Locale => (user.locale?.startsWith('ja') ? 'ja' : 'en');
  const port: TaiwaBotPort = {
    async saveConversationReference() {},
    async removeConversationReference(...args) {
      calls.push(['removeConversationReference', ...args]);
    },
    async sessionStartedFromMeeting() {
      return false;
    },
    async sessionEndedFromMeeting() {
      return false;
    },
    async ratingCard(...args) {
      calls.push(['ratingCard', ...args]);
      return { status: 'not_found', locale: localeOf(args[0]) };
    },
    async submitRating(...args) {
      calls.push(['submitRating', ...args]);
      return { status: 'not_found', locale: localeOf(args[0]) };
    },
    async reminderCard(...args) {
      calls.push(['reminderCard', ...args]);
      return { status: 'not_found', locale: localeOf(args[0]) };
    },
    async submitReminderAgenda(...args) {
      calls.push(['submitReminderAgenda', ...args]);
      return { status: 'not_found', locale: localeOf(args[0]) };
    },
    async listMy1on1s(...args) {
      calls.push(['listMy1on1s', ...args]);
      return null;
    },
    async my1on1sInSharedChat(...args) {
      calls.push(['my1on1sInSharedChat', ...args]);
      return { kind: 'sent_privately', locale: localeOf(args[0]) };
    },
    homeUrl: () => 'https://teams.example/taiwa',
  };
  return { port, calls };
}

const LOCALES: Array<[Locale, string]> = [
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
];

function activity(locale: string, overrides: Partial<IncomingActivity>): IncomingActivity {
  return {
    type: 'message',
    id: 'activity-1',
    locale,
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    channelId: 'msteams',
    from: { id: '29:member', aadObjectId: MEMBER },
    recipient: { id: `28:${APP_ID}` },
    conversation: { id: 'a:personal', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...overrides,
  };
}

function cardAction(locale: string, verb: string, data: Record<string, unknown>, shared = false) {
  return activity(locale, {
    type: 'invoke',
    name: ADAPTIVE_CARD_ACTION_INVOKE,
    value: { action: { type: 'Action.Execute', verb, data } },
    ...(shared && { conversation: { id: '19:group', conversationType: 'groupChat', tenantId: TENANT } }),
  });
}

const userIn = (locale: string): BotUser => ({
  tenantId: TENANT,
  aadObjectId: MEMBER,
  teamsUserId: '29:member',
  locale,
});

/** What an invoke answered with: a card, or the message Teams shows. */
function invokeMessage(outcome: TurnOutcome): string | null {
  const body = outcome.invokeResponse?.body as { type?: string; value?: unknown } | undefined;
  if (body?.type === 'application/vnd.microsoft.activity.message') return String(body.value);
  if (body?.type === 'application/vnd.microsoft.error') return (body.value as { message: string }).message;
  return null;
}

function fallbackTextOf(outcome: TurnOutcome): string | undefined {
  const card = outcome.replies[0]?.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText;
}

describe.each(LOCALES)('card action verbs (%s)', (locale, tag) => {
  const user = userIn(tag);
  const table: Array<[string, Record<string, unknown>, Call]> = [
    [verbs.ratingRefresh, { sessionId: SESSION }, ['ratingCard', user, SESSION]],
    [verbs.ratingEdit, { sessionId: SESSION }, ['ratingCard', user, SESSION]],
    [
      verbs.ratingSubmit,
      {
        sessionId: SESSION,
        clarity: '4',
        impressions: ' 話せてよかった ',
        shareImpressions: 'true',
        'fit.a1': 'yes',
      },
      [
        'submitRating',
        user,
        SESSION,
        {
          clarity: 4,
          impressions: '話せてよかった',
          shareImpressions: true,
          fits: [{ agendaItemId: 'a1', fit: 'yes' }],
        },
      ],
    ],
    [verbs.reminderRefresh, { sessionId: SESSION, timing: 'soon' }, ['reminderCard', user, SESSION, 'soon']],
    [verbs.reminderRefresh, { sessionId: SESSION }, ['reminderCard', user, SESSION, 'dayBefore']],
    [
      verbs.reminderAdd,
      {
        sessionId: SESSION,
        timing: 'dayBefore',
        themeId: 'work',
        expectedResponseId: 'listen',
        detail: '評価面談',
      },
      [
        'submitReminderAgenda',
        user,
        SESSION,
        'dayBefore',
        { themeId: 'work', themeText: null, expectedResponseId: 'listen', detail: '評価面談' },
      ],
    ],
    [verbs.my1on1s, {}, ['listMy1on1s', user]],
  ];

  it.each(table)('%s %j calls the port once, as expected', async (verb, data, expected) => {
    const { port, calls } = recordingPort();
    const outcome = await handleTurn(cardAction(tag, verb, data), port, trust);
    expect(calls).toEqual([expected]);
    expect(outcome.invokeResponse?.status).toBe(200);
  });

  it('answers a session card verb the port cannot find with "not found" in the language', async () => {
    const { port } = recordingPort();
    const outcome = await handleTurn(
      cardAction(tag, verbs.ratingRefresh, { sessionId: SESSION }),
      port,
      trust,
    );
    expect(invokeMessage(outcome)).toBe(botText[locale].errors.notFound);
  });

  it('asks the pair of a shared chat for "my 1on1s", never the asker\'s whole list', async () => {
    const { port, calls } = recordingPort();
    const outcome = await handleTurn(cardAction(tag, verbs.my1on1s, {}, true), port, trust);
    expect(calls).toEqual([['my1on1sInSharedChat', user, '19:group', 'activity-1']]);
    expect(invokeMessage(outcome)).toBe(botText[locale].notices.sentPrivately);
  });

  it.each([
    ['an unknown verb', 'rating.delete', { sessionId: SESSION }, 'verb'],
    ['a session verb without a session', verbs.ratingRefresh, {}, 'sessionId'],
    ['a rating without clarity', verbs.ratingSubmit, { sessionId: SESSION }, 'clarity'],
    ['a reminder item without a theme', verbs.reminderAdd, { sessionId: SESSION }, 'themeId'],
  ])('refuses %s without calling the port, naming the field', async (_name, verb, data, field) => {
    const { port, calls } = recordingPort();
    const outcome = await handleTurn(cardAction(tag, verb, data), port, trust);
    expect(calls).toEqual([]);
    expect(invokeMessage(outcome)).toBe(botText[locale].errors.invalid(field));
  });
});

describe.each(LOCALES)('typed words (%s)', (locale, tag) => {
  const user = userIn(tag);
  const help = helpCard({
    locale,
    tabUrl: 'https://teams.example/taiwa',
    known: false,
  }).fallbackText;

  it.each(['my 1on1s', 'My1on1s', '1on1s', '予定', '一覧', '自分の1on1', '<at>Taiwa</at> 私の1on1'])(
    '"%s" asks for my 1on1s (and, with none, shows help)',
    async (text) => {
      const { port, calls } = recordingPort();
      const outcome = await handleTurn(activity(tag, { text }), port, trust);
      expect(calls[0]).toEqual(['listMy1on1s', user]);
      expect(fallbackTextOf(outcome)).toBe(help);
    },
  );

  it.each(['help', 'ヘルプ', '使い方', '？', 'hello', 'こんにちは'])(
    '"%s" answers with the help card',
    async (text) => {
      const { port, calls } = recordingPort();
      const outcome = await handleTurn(activity(tag, { text }), port, trust);
      // Help only asks whether the person is known, to word the card.
      expect(calls).toEqual([['listMy1on1s', user]]);
      expect(outcome.replies).toHaveLength(1);
      expect(fallbackTextOf(outcome)).toBe(help);
    },
  );

  it('"my 1on1s" typed in a group chat asks only about the chat\'s pair', async () => {
    const { port, calls } = recordingPort();
    const outcome = await handleTurn(
      activity(tag, {
        text: 'my 1on1s',
        conversation: { id: '19:group', conversationType: 'groupChat', tenantId: TENANT },
      }),
      port,
      trust,
    );
    expect(calls).toEqual([['my1on1sInSharedChat', user, '19:group', 'activity-1']]);
    expect(outcome.replies[0]?.text).toBe(botText[locale].notices.sentPrivately);
  });

  it('a submitted card (Action.Submit fallback) routes its verb like an invoke', async () => {
    const { port, calls } = recordingPort();
    const outcome = await handleTurn(
      activity(tag, { value: { verb: verbs.reminderRefresh, sessionId: SESSION, timing: 'soon' } }),
      port,
      trust,
    );
    expect(calls).toEqual([['reminderCard', user, SESSION, 'soon']]);
    expect(outcome.replies[0]?.text).toBe(botText[locale].errors.notFound);
  });
});
