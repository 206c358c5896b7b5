import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../../dev/demoTenant.js';
import { seedDemoTenant } from '../../dev/seedDemoTenant.js';
import { planReminders } from '../../jobs/reminderPlanner.js';
import { buildServer } from '../../server.js';
import { type FakeConnector, startFakeConnector } from '../../testing/fakeConnector.js';
import {
  cardAction,
  groupChatBotAdded,
  meetingEvent,
  personalChatId,
  personalInstall,
  personalMessage,
  type TeamsUser,
} from '../../testing/teamsActivities.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const kenta: TeamsUser = { aadObjectId: DEMO_PEOPLE.kenta.id, name: DEMO_PEOPLE.kenta.displayName };
const misaki: TeamsUser = { aadObjectId: DEMO_PEOPLE.misaki.id, name: DEMO_PEOPLE.misaki.displayName };
const pair = DEMO_PAIRS[0];
// The seeded upcoming 1on1 of Misaki and Kenta (see seedDemoTenant).
const sessionId = 'de000000-0000-4000-8000-000000000303';
const chatId = '19:meeting_taiwa-test@thread.v2';

let connector: FakeConnector;
let database: DatabaseHandle;
let app: FastifyInstance;
let url: string;

async function post(activity: object): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

const cardsTo = (user: TeamsUser) =>
  connector.delivered.filter(
    (request) =>
      request.conversationId === personalChatId(user) && Array.isArray(request.activity.attachments),
  );
const cardOf = (request: { activity: Record<string, unknown> }) =>
  (request.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }>)[0];

beforeAll(async () => {
  connector = await startFakeConnector();
  const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
  database = await openTestDatabase();
  await seedDemoTenant(database.db, new Date());
  app = await buildServer({ config, database, jobs: { autoStart: false } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  url = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await app.close();
  await connector.close();
});

describe('the bot over HTTP, against a connector stand-in', () => {
  let itemId: string;

  it('stores conversation references on install and greets in the personal chat', async () => {
    for (const user of [kenta, misaki]) {
      expect((await post(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, user))).status).toBe(200);
    }
    expect((await post(groupChatBotAdded(connector.serviceUrl, DEMO_TENANT_ID, chatId, misaki))).status).toBe(
      200,
    );
    const data = forTenant(database.db, DEMO_TENANT_ID);
    expect((await data.conversations.findPersonal(kenta.aadObjectId))?.conversationId).toBe(
      personalChatId(kenta),
    );
    const welcome = cardsTo(kenta)[0];
    expect(welcome?.activityId).not.toBeNull();
    expect(JSON.stringify(welcome?.activity)).toContain('Taiwa でできること');
  });

  it('makes the session live on meeting start and ended on meeting end, then sends the rating card to the member', async () => {
    const data = forTenant(database.db, DEMO_TENANT_ID);
    await data.meetingLinks.link(sessionId, chatId);
    const item = await data.agenda.create({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      sessionId,
      authorId: kenta.aadObjectId,
      authorRole: 'member',
      position: 0,
      content: { themeId: 'career', themeText: null, expectedResponseId: 'think_together', detail: null },
    });
    itemId = item.id;

    expect(
      (await post(meetingEvent(connector.serviceUrl, DEMO_TENANT_ID, chatId, 'start', new Date()))).status,
    ).toBe(200);
    expect((await data.sessions.findById(sessionId))?.status).toBe('live');
    expect(
      (await post(meetingEvent(connector.serviceUrl, DEMO_TENANT_ID, chatId, 'end', new Date()))).status,
    ).toBe(200);
    expect((await data.sessions.findById(sessionId))?.status).toBe('ended');

    const before = cardsTo(kenta).length;
    await app.jobs.runner.drain();
    const rating = cardsTo(kenta).slice(before);
    expect(rating).toHaveLength(1);
    const card = cardOf(rating[0] ?? { activity: {} })?.content;
    expect(JSON.stringify(card)).toContain('すっきり度');
    expect(JSON.stringify(card)).toContain(`fit.${itemId}`);
    // No next 1on1 is booked, so the manager gets the wrap-up.
    expect(JSON.stringify(cardsTo(misaki).at(-1)?.activity)).toContain('おつかれさまでした');
  });

  it('stores the rating submitted from the card and answers with the thank-you card', async () => {
    const submit = cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'rating.submit', {
      sessionId,
      clarity: '4',
      [`fit.${itemId}`]: 'partly',
      impressions: 'キャリアの話ができてよかった',
      shareImpressions: 'true',
    });
    const started = Date.now();
    const { status, body } = await post(submit);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(body)).toContain('ふりかえりありがとうございました');

    const stored = await forTenant(database.db, DEMO_TENANT_ID).ratings.find(sessionId);
    expect(stored).toMatchObject({
      clarity: 4,
      shareImpressions: true,
      memberId: kenta.aadObjectId,
      managerId: pair?.manager.id,
    });
    expect(stored?.fits).toEqual([
      { agendaItemId: itemId, expectedResponseId: 'think_together', fit: 'partly' },
    ]);

    // Pressing the button again changes nothing and shows the same summary.
    const again = await post(submit);
    expect(again.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect((await forTenant(database.db, DEMO_TENANT_ID).ratings.find(sessionId))?.updatedAt).toEqual(
      stored?.updatedAt,
    );
  });

  it('lets the member edit within the window and shows each person their own state on refresh', async () => {
    const edit = await post(
      cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'rating.submit', {
        sessionId,
        clarity: '5',
        shareImpressions: 'false',
      }),
    );
    expect(JSON.stringify(edit.body)).toContain('5 / 5');
    expect((await forTenant(database.db, DEMO_TENANT_ID).ratings.find(sessionId))?.clarity).toBe(5);

    const refresh = await post(
      cardAction(
        connector.serviceUrl,
        DEMO_TENANT_ID,
        kenta,
        'rating.refresh',
        { sessionId },
        { trigger: 'automatic', locale: 'en-US' },
      ),
    );
    expect(JSON.stringify(refresh.body)).toContain('Thank you for your feedback');

    // The manager may not rate, and learns nothing about the session from trying.
    const manager = await post(
      cardAction(connector.serviceUrl, DEMO_TENANT_ID, misaki, 'rating.submit', {
        sessionId,
        clarity: '1',
        shareImpressions: 'false',
      }),
    );
    expect(manager.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect((await forTenant(database.db, DEMO_TENANT_ID).ratings.find(sessionId))?.clarity).toBe(5);
  });

  it('names the input at fault when a submission is invalid', async () => {
    const { body } = await post(
      cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'rating.submit', {
        sessionId,
        clarity: '9',
        shareImpressions: 'false',
      }),
    );
    expect(body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    expect(JSON.stringify(body)).toContain('clarity');
  });

  it('reminds the member, takes their themes from the card, and tells the manager', async () => {
    const data = forTenant(database.db, DEMO_TENANT_ID);
    const now = new Date();
    await data.settings.update({ reminderLeadMinutes: 30 }, now);
    const start = new Date(now.getTime() + 30 * 60_000);
    const soon = await data.sessions.create('a1b2c3d4-0000-4000-8000-0000000000aa', pair?.id ?? '', {
      scheduledStart: start,
      scheduledEnd: new Date(start.getTime() + 30 * 60_000),
    });
    expect(await planReminders(database.db, now)).toBe(1);
    expect(await planReminders(database.db, now)).toBe(0);

    const before = cardsTo(kenta).length;
    await app.jobs.runner.drain();
    const reminder = cardsTo(kenta).slice(before);
    expect(reminder).toHaveLength(1);
    expect(JSON.stringify(reminder[0]?.activity)).toContain('まもなく');

    // Teams sends back the button's own data merged with the inputs: nothing else.
    const sent = cardOf(reminder[0] as (typeof reminder)[number])?.content as {
      actions: Array<{ type: string; data?: Record<string, unknown> }>;
    };
    const add = sent.actions.find((action) => action.type === 'Action.Execute');
    expect(add?.data).toEqual({ verb: 'reminder.addItem', sessionId: soon.id, timing: 'soon' });
    const { body } = await post(
      cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'reminder.addItem', {
        ...add?.data,
        themeId: 'growth',
        expectedResponseId: 'advice',
        detail: '来期に向けて伸ばしたいこと',
      }),
    );
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(body)).toContain('アジェンダに追加しました');
    // The updated card is still the "starts soon" reminder, not the day-before one.
    expect(JSON.stringify(body)).toContain('まもなく');
    expect(JSON.stringify(body)).not.toContain('明日は');
    const items = await data.agenda.listForSession(soon.id);
    expect(items.map((item) => [item.authorRole, item.themeId, item.expectedResponseId])).toEqual([
      ['member', 'growth', 'advice'],
    ]);

    // The notice waits a moment so that several themes added in a row make one card.
    await database.db
      .updateTable('jobs')
      .set({ run_at: new Date() })
      .where('kind', '=', 'card.managerNotice')
      .execute();
    await post(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, misaki));
    const managerBefore = cardsTo(misaki).length;
    await app.jobs.runner.drain();
    const notice = cardsTo(misaki).slice(managerBefore);
    expect(notice).toHaveLength(1);
    expect(JSON.stringify(notice[0]?.activity)).toContain('来期に向けて伸ばしたいこと');
  });

  it('answers "my 1on1s" in the personal chat', async () => {
    const before = connector.delivered.length;
    expect((await post(personalMessage(connector.serviceUrl, DEMO_TENANT_ID, kenta, '予定'))).status).toBe(
      200,
    );
    const [reply] = await connector.waitForDelivered(before + 1).then((all) => all.slice(before));
    expect(JSON.stringify(reply?.activity)).toContain('あなたの 1on1');
    expect(JSON.stringify(reply?.activity)).toContain(DEMO_PEOPLE.misaki.displayName);
  });

  it('forgets the personal chat on uninstall', async () => {
    await post(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, misaki, 'remove'));
    expect(
      await forTenant(database.db, DEMO_TENANT_ID).conversations.findPersonal(misaki.aadObjectId),
    ).toBeNull();
  });
});
