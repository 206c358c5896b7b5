import { type BotEndpoint, createBotEndpoint, type TaiwaBotPort } from '@taiwa/bot';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../data/database.js';
import { forTenant } from '../data/tenantData.js';
import { createGraphIntegration, type GraphIntegration } from '../graph/integration.js';
import { createInProcessNotifier } from '../realtime/notifier.js';
import { buildServer } from '../server.js';
import { createPreparationEvents } from '../services/preparation.js';
import { createSessionLifecycle } from '../services/sessionLifecycle.js';
import { createTabLinks } from '../services/tabLinks.js';
import { createTaiwaBotPort } from '../services/taiwaBotPort.js';
import { createTeamsMeetingDirectory } from '../services/teamsMeetingDirectory.js';
import { type FakeConnector, startFakeConnector } from '../testing/fakeConnector.js';
import { TENANT_A } from '../testing/fakeEntra.js';
import type { FakeGraph } from '../testing/fakeGraph.js';
import {
  type EntraPerson,
  type Microsoft365StandIns,
  startMicrosoft365StandIns,
} from '../testing/microsoft365StandIns.js';
import { groupChatBotAdded, meetingEvent, teamsMeetingIdFor } from '../testing/teamsActivities.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { runTranscriptFetches, startTranscriptWatch } from './transcripts.js';

/**
 * Transcripts of 1on1s Taiwa did not book: a meeting the member scheduled in Outlook (Taiwa added
 * to it, so its RSC grant applies) and an ad hoc "Meet now" (no meeting events, no RSC: the tenant's
 * application access policy). Everything Taiwa learns comes from the meeting itself: the events'
 * JoinUrl, the bot's meeting details API and the tab's teams-js meeting id.
 */

const SECRET = 'meeting-transcripts-secret';
const MANAGER = {
  id: '00000000-0000-4000-8000-00000000d001',
  name: 'Misaki Sato',
  mail: 'misaki@contoso.example',
};
const MEMBER = {
  id: '00000000-0000-4000-8000-00000000d002',
  name: 'Kenta Tanaka',
  mail: 'kenta@contoso.example',
};
const log = { info: () => {}, warn: () => {}, error: () => {} };
const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:03.000',
  `<v ${MEMBER.name}>おはようございます</v>`,
  '',
].join('\n');

let m365: Microsoft365StandIns;
let graph: FakeGraph;
let connector: FakeConnector;
let database: DatabaseHandle;
let app: FastifyInstance;
let integration: GraphIntegration;
let pairId: string;
let clock = new Date('2026-12-07T00:00:00Z');

const as = (who: EntraPerson) => m365.signIn(who);

/**
 * Teams' side of the meeting events. Entra mode checks Bot Framework's signature on /api/messages,
 * so the activities go to the bot as the server composes it (same port, same transcript watch on
 * end), minus the channel's token.
 */
let channel: BotEndpoint;
async function postActivity(activity: object) {
  expect((await channel.handle(activity, {})).status).toBe(200);
}

function teamsChannelBot(config: Config): BotEndpoint {
  const notifier = createInProcessNotifier();
  const lifecycle = createSessionLifecycle(notifier);
  lifecycle.onEnded((trx, session) => startTranscriptWatch(trx, integration.transcripts, session.id, clock));
  return createBotEndpoint({
    credentials: { appId: null, appPassword: null, tenantId: null },
    allowedTenants: config.entra.allowedTenants,
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    port: createTaiwaBotPort({
      db: database.db,
      allowedTenants: config.entra.allowedTenants,
      lifecycle,
      preparation: createPreparationEvents(),
      notifier,
      links: createTabLinks({ publicUrl: config.publicUrl, teamsAppId: null }),
      now: () => clock,
      wakeJobs: () => {},
    }),
  });
}

function fetchPass() {
  // The api's own meeting directory, reaching Teams' meeting API through a bot endpoint as in production.
  const bot = createBotEndpoint({
    credentials: { appId: null, appPassword: null, tenantId: null },
    allowedTenants: '*',
    port: {} as TaiwaBotPort,
    logger: { info: () => {}, warn: () => {}, error: () => {} },
  });
  return runTranscriptFetches({
    db: database.db,
    source: integration.transcripts,
    now: () => clock,
    log,
    meetings: createTeamsMeetingDirectory({ db: database.db, bot }),
  });
}

async function transcriptOf(sessionId: string) {
  return (
    await app.inject({ url: `/api/v1/sessions/${sessionId}/transcript`, headers: await as(MEMBER) })
  ).json();
}

beforeAll(async () => {
  m365 = await startMicrosoft365StandIns({ clientSecret: SECRET });
  ({ graph } = m365);
  connector = await startFakeConnector();
  const { config } = m365;
  database = await openTestDatabase();
  const tokens = m365.graphTokens(database);
  app = await buildServer({
    config,
    database,
    now: () => clock,
    graphTokens: tokens,
    jobs: { autoStart: false },
  });
  integration = createGraphIntegration({ config, db: database.db, tokens });
  channel = teamsChannelBot(config);
  for (const who of [MANAGER, MEMBER]) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(who) })).statusCode).toBe(200);
  }
  const pair = await app.inject({
    method: 'POST',
    url: '/api/v1/pairs',
    // The member names the manager: a pair a manager proposes waits for the member's confirmation.
    headers: await as(MEMBER),
    payload: { managerId: MANAGER.id, memberId: MEMBER.id },
  });
  pairId = pair.json().id;
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
  await m365?.close();
});

describe('transcripts of 1on1s Taiwa did not book', () => {
  it('finds the meeting the member scheduled in Outlook from its events and fetches with the RSC grant', async () => {
    // Kenta schedules the 1on1 in Outlook himself; Misaki adds Taiwa to the meeting, consenting its RSC.
    const meeting = graph.addOnlineMeeting(MEMBER.id, TENANT_A);
    graph.grantRsc(meeting.chatId, 'OnlineMeetingTranscript.Read.Chat');
    const teamsMeetingId = teamsMeetingIdFor(meeting.chatId, MEMBER.id);
    await postActivity(
      groupChatBotAdded(connector.serviceUrl, TENANT_A, meeting.chatId, {
        aadObjectId: MANAGER.id,
        name: MANAGER.name,
      }),
    );
    connector.addMeeting(teamsMeetingId, {
      details: {
        id: teamsMeetingId,
        msGraphResourceId: meeting.id,
        scheduledStartTime: '2026-12-07T01:00:00+00:00',
        scheduledEndTime: '2026-12-07T01:30:00+00:00',
        joinUrl: meeting.joinWebUrl,
        title: '1on1',
        type: 'Scheduled',
      },
      conversation: { isGroup: true, conversationType: 'groupchat', id: meeting.chatId },
      organizer: { id: `29:${MEMBER.id}`, aadObjectId: MEMBER.id, tenantId: TENANT_A },
    });

    // The tab in the meeting links it to the pair (teams-js gives the chat id; no meeting id here).
    clock = new Date('2026-12-07T01:00:00Z');
    const resolved = await app.inject({
      url: `/api/v1/meetings/resolve?chatId=${encodeURIComponent(meeting.chatId)}&pairId=${pairId}`,
      headers: await as(MANAGER),
    });
    expect(resolved.json().state).toBe('resolved');
    const sessionId: string = resolved.json().session.id;

    await postActivity(
      meetingEvent(connector.serviceUrl, TENANT_A, meeting.chatId, 'start', clock, {
        teamsMeetingId,
        joinUrl: meeting.joinWebUrl,
      }),
    );
    clock = new Date('2026-12-07T01:29:00Z');
    await postActivity(
      meetingEvent(connector.serviceUrl, TENANT_A, meeting.chatId, 'end', clock, {
        teamsMeetingId,
        joinUrl: meeting.joinWebUrl,
      }),
    );
    expect(connector.meetingLookups).toContain(teamsMeetingId);
    const stored = await forTenant(database.db, TENANT_A).bookings.find(sessionId);
    expect(stored).toMatchObject({
      status: 'ended',
      joinUrl: meeting.joinWebUrl,
      graphOnlineMeetingId: meeting.id,
      graphOrganizerId: MEMBER.id,
      graphEventId: null,
    });

    graph.publishTranscript(MEMBER.id, meeting.joinWebUrl, VTT);
    clock = new Date('2026-12-07T01:40:00Z');
    expect(await fetchPass()).toMatchObject({ fetched: 1 });
    expect(await transcriptOf(sessionId)).toMatchObject({
      state: 'fetched',
      cues: [{ speaker: MEMBER.name, text: 'おはようございます' }],
    });
    // Asked in the organizer's mailbox by the meeting's Graph id: no tenant-wide lookup was needed.
    const asked = graph.requests.filter((request) => request.path.endsWith('/transcripts'));
    expect(decodeURIComponent(asked.at(-1)?.path ?? '')).toBe(
      `/v1.0/users/${MEMBER.id}/onlineMeetings/${meeting.id}/transcripts`,
    );
  });

  it('asks Teams about an ad hoc meeting the tab was opened in, and fetches under the access policy', async () => {
    // "Meet now" by Misaki: no start or end events (Teams sends them for scheduled meetings only).
    const meeting = graph.addOnlineMeeting(MANAGER.id, TENANT_A);
    const teamsMeetingId = teamsMeetingIdFor(meeting.chatId, MANAGER.id);
    connector.addMeeting(teamsMeetingId, {
      details: {
        id: teamsMeetingId,
        msGraphResourceId: meeting.id,
        joinUrl: meeting.joinWebUrl,
        title: 'Meet now',
        type: 'MeetNow',
      },
      conversation: { isGroup: true, conversationType: 'groupchat', id: meeting.chatId },
      organizer: { id: `29:${MANAGER.id}`, aadObjectId: MANAGER.id, tenantId: TENANT_A },
    });
    graph.grantAccessPolicy(MANAGER.id);

    clock = new Date('2026-12-08T05:00:00Z');
    const resolved = await app.inject({
      url: `/api/v1/meetings/resolve?chatId=${encodeURIComponent(meeting.chatId)}&meetingId=${encodeURIComponent(teamsMeetingId)}&pairId=${pairId}`,
      headers: await as(MEMBER),
    });
    expect(resolved.json().state).toBe('resolved');
    const sessionId: string = resolved.json().session.id;
    clock = new Date('2026-12-08T05:25:00Z');
    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/status`,
      headers: await as(MANAGER),
      payload: { status: 'ended' },
    });
    expect(ended.statusCode).toBe(200);

    graph.publishTranscript(MANAGER.id, meeting.joinWebUrl, VTT);
    const before = connector.meetingLookups.length;
    clock = new Date('2026-12-08T05:35:00Z');
    expect(await fetchPass()).toMatchObject({ fetched: 1 });
    expect(connector.meetingLookups.slice(before)).toEqual([teamsMeetingId]);
    expect(await forTenant(database.db, TENANT_A).bookings.find(sessionId)).toMatchObject({
      joinUrl: meeting.joinWebUrl,
      graphOnlineMeetingId: meeting.id,
      graphOrganizerId: MANAGER.id,
    });
    expect(await transcriptOf(sessionId)).toMatchObject({ state: 'fetched', source: 'graph' });
  });

  it('keeps waiting, rather than giving up, while Teams has not told which meeting it was', async () => {
    const chatId = '19:meeting_bm90LXlldC1rbm93bg@thread.v2';
    const teamsMeetingId = teamsMeetingIdFor(chatId, MANAGER.id);
    clock = new Date('2026-12-09T05:00:00Z');
    const resolved = await app.inject({
      url: `/api/v1/meetings/resolve?chatId=${encodeURIComponent(chatId)}&meetingId=${encodeURIComponent(teamsMeetingId)}&pairId=${pairId}`,
      headers: await as(MANAGER),
    });
    const sessionId: string = resolved.json().session.id;
    clock = new Date('2026-12-09T05:30:00Z');
    await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/status`,
      headers: await as(MANAGER),
      payload: { status: 'ended' },
    });
    clock = new Date('2026-12-09T05:40:00Z');
    // The meeting API does not know it (404): the transcript stays waiting for a later attempt.
    expect(await fetchPass()).toMatchObject({ waiting: 1, closed: 0 });
    expect(await transcriptOf(sessionId)).toMatchObject({ state: 'waiting' });
  });
});
