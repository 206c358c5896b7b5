import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import { DEMO_PAIRS, DEMO_PEOPLE, DEMO_TENANT_ID } from '../../dev/demoTenant.js';
import { planReminders } from '../../jobs/reminderPlanner.js';
import { type FakeConnector, startFakeConnector } from '../../testing/fakeConnector.js';
import {
  cardAction,
  groupChatBotAdded,
  groupMessage,
  meetingEvent,
  personalChatId,
  personalInstall,
  personalMessage,
  type TeamsUser,
} from '../../testing/teamsActivities.js';
import { buildDemoAppWithoutJobs, listenOnLoopback } from '../../testing/testServer.js';

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
  ({ app, database } = await buildDemoAppWithoutJobs());
  url = await listenOnLoopback(app);
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

  describe('"my 1on1s" where others can read the answer', () => {
    const emily = DEMO_PEOPLE.emily.displayName;
    const kentaName = DEMO_PEOPLE.kenta.displayName;
    const repliesIn = (conversationId: string, from: number) =>
      connector.delivered.slice(from).filter((request) => request.conversationId === conversationId);

    it("answers in the pair's meeting chat with that pair only, never the manager's other members", async () => {
      // chatId is the meeting chat of Misaki and Kenta's 1on1 (linked above); Misaki also manages Emily.
      const before = connector.delivered.length;
      await post(groupMessage(connector.serviceUrl, DEMO_TENANT_ID, chatId, misaki, '予定'));
      const [reply] = await connector.waitForDelivered(before + 1).then(() => repliesIn(chatId, before));
      const shown = JSON.stringify(reply?.activity);
      expect(shown).toContain(kentaName);
      expect(shown).not.toContain(emily);
      expect(repliesIn(personalChatId(misaki), before)).toHaveLength(0);
    });

    it('sends the whole list to the personal chat when asked in a group chat of no pair', async () => {
      const groupChat = '19:c0ffee00000000000000000000000001@thread.v2';
      await post(groupChatBotAdded(connector.serviceUrl, DEMO_TENANT_ID, groupChat, misaki));
      const before = connector.delivered.length;
      const asked = groupMessage(connector.serviceUrl, DEMO_TENANT_ID, groupChat, misaki, 'my 1on1s');
      await post(asked);
      await app.jobs.runner.drain();
      await connector.waitForDelivered(before + 2);
      const inGroup = repliesIn(groupChat, before);
      expect(inGroup).toHaveLength(1);
      expect(inGroup[0]?.activity.text).toBe(
        'あなたの 1on1 の一覧は、Taiwa との個人チャットにお送りしました。このチャットのほかの参加者には表示されません。',
      );
      expect(JSON.stringify(inGroup[0]?.activity)).not.toContain(kentaName);
      const privately = repliesIn(personalChatId(misaki), before);
      expect(privately).toHaveLength(1);
      expect(JSON.stringify(privately[0]?.activity)).toContain(kentaName);
      expect(JSON.stringify(privately[0]?.activity)).toContain(emily);

      // Teams redelivers a message it got no timely answer for: the list is still sent once.
      await post(asked);
      await app.jobs.runner.drain();
      expect(repliesIn(personalChatId(misaki), before)).toHaveLength(1);
    });

    it('keeps the card button private too (Action.Execute in a group chat)', async () => {
      const groupChat = '19:c0ffee00000000000000000000000001@thread.v2';
      const pressed = cardAction(connector.serviceUrl, DEMO_TENANT_ID, misaki, 'my1on1s.show', {});
      const inGroup = {
        ...pressed,
        conversation: {
          id: groupChat,
          conversationType: 'groupChat',
          isGroup: true,
          tenantId: DEMO_TENANT_ID,
        },
      };
      const { body } = await post(inGroup);
      expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
      expect(JSON.stringify(body)).not.toContain(emily);
    });

    it('says where to ask when the person has no personal chat with Taiwa', async () => {
      const david = { aadObjectId: DEMO_PEOPLE.david.id, name: DEMO_PEOPLE.david.displayName };
      const groupChat = '19:c0ffee00000000000000000000000002@thread.v2';
      const before = connector.delivered.length;
      await post({
        ...groupMessage(connector.serviceUrl, DEMO_TENANT_ID, groupChat, david, 'my 1on1s'),
        locale: 'en-US',
      });
      const [reply] = await connector.waitForDelivered(before + 1).then(() => repliesIn(groupChat, before));
      expect(reply?.activity.text).toContain('I only list them in your personal chat with Taiwa');
      expect(JSON.stringify(reply?.activity)).not.toContain(DEMO_PEOPLE.hanako.displayName);
    });
  });

  it('forgets the personal chat on uninstall', async () => {
    await post(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, misaki, 'remove'));
    expect(
      await forTenant(database.db, DEMO_TENANT_ID).conversations.findPersonal(misaki.aadObjectId),
    ).toBeNull();
  });
});

describe('only Teams vouches for a bot user', () => {
  const asDirectLine = <T extends object>(activity: T) => ({
    ...activity,
    channelId: 'directline',
    conversation: { id: 'directline-conversation-1' },
    serviceUrl: connector.serviceUrl,
  });

  it('gives a Direct Line or Web Chat activity naming a member’s object id nothing of theirs', async () => {
    const data = forTenant(database.db, DEMO_TENANT_ID);
    const agendaBefore = (await data.agenda.listForSession(sessionId)).length;
    const before = connector.delivered.length;

    const list = await post(
      asDirectLine(personalMessage(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'my 1on1s')),
    );
    expect(list.status).toBe(200);
    await connector.waitForDelivered(before + 1);
    const replies = connector.delivered.slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.activity.text).toContain('Teams で Taiwa を開いてください');
    expect(replies[0]?.activity.attachments).toBeUndefined();

    for (const channelId of ['directline', 'webchat']) {
      const rating = await post({
        ...asDirectLine(
          cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'rating.refresh', { sessionId }),
        ),
        channelId,
      });
      expect(rating.body).toMatchObject({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
      });
      expect(JSON.stringify(rating.body)).not.toContain('すっきり度');
    }

    const added = await post(
      asDirectLine(
        cardAction(connector.serviceUrl, DEMO_TENANT_ID, kenta, 'reminder.addItem', {
          sessionId,
          themeId: 'career',
          expectedResponseId: 'listen',
        }),
      ),
    );
    expect(JSON.stringify(added.body)).toContain('Teams で Taiwa を開いてください');
    expect(await data.agenda.listForSession(sessionId)).toHaveLength(agendaBefore);

    // A forged install would redirect the member's cards to the caller's serviceUrl.
    await post(asDirectLine(personalInstall(connector.serviceUrl, DEMO_TENANT_ID, kenta)));
    expect((await data.conversations.findPersonal(kenta.aadObjectId))?.conversationId).toBe(
      personalChatId(kenta),
    );
  });
});
