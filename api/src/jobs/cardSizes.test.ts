import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../data/database.js';
import { forTenant } from '../data/tenantData.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../dev/demoTenant.js';
import { AGENDA_ITEMS_MAX, DETAIL_MAX, THEME_TEXT_MAX } from '../domain/agenda.js';
import { MEMO_BODY_MAX } from '../domain/memo.js';
import { IMPRESSIONS_MAX } from '../domain/rating.js';
import { devSignIn } from '../testing/demoPeople.js';
import { type FakeConnector, startFakeConnector } from '../testing/fakeConnector.js';
import { cardAction, personalChatId, personalInstall, type TeamsUser } from '../testing/teamsActivities.js';
import { buildDemoAppWithoutJobs } from '../testing/testServer.js';
import { cardKey } from './cardDelivery.js';
import { WRAP_UP_CARD } from './kinds/wrapUpCard.js';
import { planReminders } from './reminderPlanner.js';

/**
 * Teams refuses a bot message above 28 KB, and a card job that keeps being refused dead-letters:
 * nobody gets the card. Here every card goes out through the real jobs and bot to a connector
 * stand-in after people filled everything to the API's limits with the costliest characters.
 */
const TEAMS_LIMIT_BYTES = 28 * 1024;
const LABEL_MAX = 100;
const DESCRIPTION_MAX = 300;
const NAME_MAX = 256;

/**
 * Text of `length` UTF-16 units made of what costs most once JSON-escaped in UTF-8: CJK (3 bytes),
 * quotes and backslashes (2), control characters (6 as `\u0001`), emoji and `{{`.
 */
function costly(length: number, seed = 0): string {
  const pattern = `漢"\u0001😀{{\\${seed % 10}`;
  let text = pattern.repeat(Math.ceil(length / pattern.length) + 1).slice(0, length);
  // Never end on half an emoji, and never on whitespace the API would trim away.
  if (/[\uD800-\uDBFF]$/.test(text)) text = `${text.slice(0, -1)}漢`;
  return text;
}

const pair = DEMO_PAIRS[0];
const kenta: TeamsUser = { aadObjectId: DEMO_PEOPLE.kenta.id, name: DEMO_PEOPLE.kenta.displayName };
const misaki: TeamsUser = { aadObjectId: DEMO_PEOPLE.misaki.id, name: DEMO_PEOPLE.misaki.displayName };

let connector: FakeConnector;
let database: DatabaseHandle;
let app: FastifyInstance;
const as = devSignIn(() => app);

async function call(method: 'POST' | 'PUT', url: string, who: { id: string }, payload: object) {
  const response = await app.inject({ method, url, headers: await as(who), payload });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
const titleOf = (activity: Record<string, unknown>) =>
  JSON.stringify(
    (activity.attachments as Array<{ content: { body: Array<{ text?: string }> } }>)[0]?.content.body[0]
      ?.text,
  );

beforeAll(async () => {
  connector = await startFakeConnector();
  ({ app, database } = await buildDemoAppWithoutJobs({
    writeRateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  }));
  for (const user of [kenta, misaki]) {
    const installed = await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: personalInstall(connector.serviceUrl, DEMO_TENANT_ID, user),
    });
    expect(installed.statusCode).toBe(200);
  }
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

describe('cards at the API’s maximum input', () => {
  it('all reach Teams under 28 KB, listing what fits and linking to the rest', async () => {
    if (pair === undefined) throw new Error('no demo pair');
    const before = connector.delivered.length;
    // The admin fills the catalog to its limits, one kind per request (each within the 64 KB body
    // limit): 50 themes and 30 expected responses with 100-character labels; the responses'
    // 300-character descriptions are what the manager's notice shows as guidance.
    const entry = (kind: string, index: number, description: boolean) => ({
      id: index === 0 && kind === 'theme' ? 'other' : `${kind}_${index}`,
      label: { ja: costly(LABEL_MAX, index), en: costly(LABEL_MAX, index + 1) },
      description: description
        ? { ja: costly(DESCRIPTION_MAX, index), en: costly(DESCRIPTION_MAX, index + 1) }
        : null,
    });
    await call('PUT', '/api/v1/admin/catalog', DEMO_PEOPLE.sho, {
      themes: Array.from({ length: 50 }, (_, index) => entry('theme', index, false)),
    });
    await call('PUT', '/api/v1/admin/catalog', DEMO_PEOPLE.sho, {
      expectedResponses: Array.from({ length: 30 }, (_, index) => entry('expected', index, true)),
    });

    // A 1on1 starting in a little under half an hour, so its reminder is due now (not in a second).
    const now = new Date();
    const data = forTenant(database.db, DEMO_TENANT_ID);
    await data.settings.update({ reminderLeadMinutes: 30 }, now);
    const start = new Date(Math.floor((now.getTime() + 30 * 60_000 - 20_000) / 1000) * 1000);
    const session = await call('POST', `/api/v1/pairs/${pair.id}/sessions`, DEMO_PEOPLE.misaki, {
      scheduledStart: start.toISOString(),
      scheduledEnd: new Date(start.getTime() + 30 * 60_000).toISOString(),
    });
    const items: Array<{ id: string }> = [];
    for (let index = 0; index < AGENDA_ITEMS_MAX; index++) {
      items.push(
        await call('POST', `/api/v1/sessions/${session.id}/agenda`, DEMO_PEOPLE.kenta, {
          themeId: 'other',
          themeText: costly(THEME_TEXT_MAX, index),
          expectedResponseId: `expected_${index % 30}`,
          detail: costly(DETAIL_MAX, index + 1),
        }),
      );
    }
    await call('POST', `/api/v1/sessions/${session.id}/memos`, DEMO_PEOPLE.misaki, {
      kind: 'next_topics',
      body: costly(MEMO_BODY_MAX, 3),
    });
    // Entra allows 256-character display names; Taiwa shows what the directory says.
    for (const person of [DEMO_PEOPLE.kenta, DEMO_PEOPLE.misaki]) {
      await database.db
        .updateTable('users')
        .set({ display_name: costly(NAME_MAX, 7) })
        .where('id', '=', person.id)
        .execute();
    }

    // Before: the reminder to the member and the notice to the manager.
    expect(await planReminders(database.db, now)).toBeGreaterThan(0);
    await database.db
      .updateTable('jobs')
      .set({ run_at: new Date() })
      .where('kind', '=', 'card.managerNotice')
      .execute();
    await app.jobs.runner.drain();
    // After: the rating card to the member and the wrap-up to the manager.
    // Ended straight from planned: the 1on1 may still be more than 30 minutes away from its start,
    // when opening it could not make it live yet.
    await call('POST', `/api/v1/sessions/${session.id}/status`, DEMO_PEOPLE.misaki, { status: 'ended' });
    // The demo pair has its next 1on1 planned already, which spares the manager the wrap-up; ask for
    // it anyway, as an ended 1on1 without a next one would.
    await data.jobs.enqueue({
      kind: WRAP_UP_CARD,
      idempotencyKey: cardKey('wrapUp', session.id, DEMO_PEOPLE.misaki.id),
      payload: { sessionId: session.id },
      runAt: new Date(),
      maxAttempts: 8,
    });
    await app.jobs.runner.drain();

    const sent = connector.delivered
      .slice(before)
      .filter((request) => [personalChatId(kenta), personalChatId(misaki)].includes(request.conversationId));
    const kinds = sent.map((request) => titleOf(request.activity));
    expect(kinds.some((title) => title.includes('まもなく'))).toBe(true);
    expect(kinds.some((title) => title.includes('準備をしました'))).toBe(true);
    expect(kinds.some((title) => title.includes('ふりかえり'))).toBe(true);
    expect(kinds.some((title) => title.includes('おつかれさまでした'))).toBe(true);
    for (const request of sent) {
      expect(bytes(request.activity), titleOf(request.activity)).toBeLessThan(TEAMS_LIMIT_BYTES);
      expect(JSON.stringify(request.activity)).toMatch(/ほか \d+ 件を Taiwa で見る/);
    }
    const buried = await database.db
      .selectFrom('jobs')
      .select(['kind', 'last_error'])
      .where('state', '=', 'dead')
      .execute();
    expect(buried).toEqual([]);

    // The member's rating at its limits, then the card they get back when they change it.
    await call('POST', `/api/v1/sessions/${session.id}/rating`, DEMO_PEOPLE.kenta, {
      clarity: 3,
      impressions: costly(IMPRESSIONS_MAX, 9),
      shareImpressions: true,
      fits: items.map((item) => ({ agendaItemId: item.id, fit: 'partly' })),
    });
    for (const verb of ['rating.edit', 'rating.refresh'] as const) {
      const answer = await app.inject({
        method: 'POST',
        url: '/api/messages',
        payload: cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, verb, { sessionId: session.id }),
      });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
      });
      expect(Buffer.byteLength(answer.body, 'utf8'), verb).toBeLessThan(TEAMS_LIMIT_BYTES);
    }
  });
});
