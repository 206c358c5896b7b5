import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../data/database.js';
import { forTenant } from '../../data/tenantData.js';
import { syncBookedEvents } from '../../graph/calendarSync.js';
import { createGraphIntegration, type GraphIntegration } from '../../graph/integration.js';
import { purgeTranscripts, runTranscriptFetches } from '../../jobs/transcripts.js';
import { buildServer } from '../../server.js';
import { TENANT_A, TEST_CLIENT_ID } from '../../testing/fakeEntra.js';
import type { FakeGraph } from '../../testing/fakeGraph.js';
import { startFakeTokenAuthority } from '../../testing/fakeTokenAuthority.js';
import {
  type EntraPerson,
  type Microsoft365StandIns,
  startMicrosoft365StandIns,
} from '../../testing/microsoft365StandIns.js';
import { openTestDatabase } from '../../testing/testDatabase.js';

const SECRET = 'booking-test-secret';
const MANAGER = {
  id: '00000000-0000-4000-8000-00000000c001',
  name: 'Misaki Sato',
  mail: 'misaki@contoso.example',
};
const MEMBER = {
  id: '00000000-0000-4000-8000-00000000c002',
  name: 'Kenta Tanaka',
  mail: 'kenta@contoso.example',
};
const OUTSIDER = {
  id: '00000000-0000-4000-8000-00000000c003',
  name: 'Someone Else',
  mail: 'else@contoso.example',
};
const ADMIN = { id: '00000000-0000-4000-8000-00000000c004', name: 'HR Admin', mail: 'hr@contoso.example' };
const log = { info: () => {}, warn: () => {}, error: () => {} };

let m365: Microsoft365StandIns;
let graph: FakeGraph;
let database: DatabaseHandle;
let app: FastifyInstance;
let integration: GraphIntegration;
// Monday 30 November 2026, 09:00 in Tokyo.
let clock = new Date('2026-11-30T00:00:00Z');
let pairId: string;
let sessionId: string;
let spareSessionId: string;

const as = (who: EntraPerson, roles: string[] = []) => m365.signIn(who, roles);

async function newSession(start: string, end: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/pairs/${pairId}/sessions`,
    headers: await as(MANAGER),
    payload: { scheduledStart: start, scheduledEnd: end },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

beforeAll(async () => {
  m365 = await startMicrosoft365StandIns({
    clientSecret: SECRET,
    env: { PUBLIC_URL: 'https://taiwa.example.com' },
  });
  ({ graph } = m365);
  for (const who of [MANAGER, MEMBER, OUTSIDER]) graph.addUser({ id: who.id, mail: who.mail });
  const { config } = m365;
  database = await openTestDatabase();
  // The real msal-node token source, trusting the loopback authority's self-signed certificate.
  const tokens = m365.graphTokens(database);
  // The passes (transcripts, calendar sync) are run by hand here, at the test's clock, never in the background.
  app = await buildServer({
    config,
    database,
    now: () => clock,
    graphTokens: tokens,
    jobs: { autoStart: false },
  });
  integration = createGraphIntegration({ config, db: database.db, tokens });

  for (const who of [MANAGER, MEMBER, OUTSIDER]) {
    expect((await app.inject({ url: '/api/v1/me', headers: await as(who) })).statusCode).toBe(200);
  }
  expect(
    (await app.inject({ url: '/api/v1/me', headers: await as(ADMIN, ['Taiwa.Admin']) })).statusCode,
  ).toBe(200);
  const pair = await app.inject({
    method: 'POST',
    url: '/api/v1/pairs',
    // The member names the manager: a pair a manager proposes waits for the member's confirmation.
    headers: await as(MEMBER),
    payload: { managerId: MANAGER.id, memberId: MEMBER.id },
  });
  pairId = pair.json().id;
  // Today's 1on1 at 10:00–10:30 Tokyo time.
  sessionId = await newSession('2026-11-30T01:00:00Z', '2026-11-30T01:30:00Z');
  spareSessionId = await newSession('2026-11-30T05:00:00Z', '2026-11-30T05:30:00Z');
  // The member is busy all Tuesday morning (09:00–12:00 JST).
  graph.addBusy(MEMBER.mail, {
    status: 'busy',
    start: new Date('2026-12-01T00:00:00Z'),
    end: new Date('2026-12-01T03:00:00Z'),
  });
});

afterAll(async () => {
  await app?.close();
  await m365?.close();
});

describe('booking the next 1on1 through Graph', () => {
  it('proposes the best three free times for both, retrying a 429 after its Retry-After', async () => {
    graph.failNext({
      method: 'POST',
      path: /\/me\/calendar\/getSchedule$/,
      status: 429,
      headers: { 'Retry-After': '1' },
    });
    const before = graph.requests.length;
    const started = Date.now();
    const response = await app.inject({
      url: `/api/v1/sessions/${sessionId}/next/proposals?days=7`,
      headers: await as(MEMBER),
    });
    expect(response.statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const schedules = graph.requests.slice(before).filter((request) => request.path.endsWith('/getSchedule'));
    expect(schedules).toHaveLength(2);
    expect(schedules[1]?.headers['retry-attempt']).toBe('1');
    expect(schedules[1]?.body).toMatchObject({
      schedules: [MANAGER.mail, MEMBER.mail],
      startTime: { dateTime: '2026-11-30T01:30:00.000', timeZone: 'UTC' },
      availabilityViewInterval: 15,
    });
    expect(schedules[1]?.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(response.json()).toEqual({
      proposals: [
        // Tuesday: the first time after the member's busy morning, nearest the usual 10:00.
        {
          scheduledStart: '2026-12-01T03:00:00.000Z',
          scheduledEnd: '2026-12-01T03:30:00.000Z',
          rhythm: false,
        },
        {
          scheduledStart: '2026-12-02T01:00:00.000Z',
          scheduledEnd: '2026-12-02T01:30:00.000Z',
          rhythm: false,
        },
        {
          scheduledStart: '2026-12-03T01:00:00.000Z',
          scheduledEnd: '2026-12-03T01:30:00.000Z',
          rhythm: false,
        },
      ],
      rhythm: null,
      timeZone: 'Asia/Tokyo',
      calendar: 'graph',
    });
  });

  it('books an Outlook event with a Teams meeting for the pair and stores its join URL', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/next`,
      headers: { ...(await as(MEMBER)), 'accept-language': 'ja' },
      payload: { scheduledStart: '2026-12-02T01:00:00.000Z', scheduledEnd: '2026-12-02T01:30:00.000Z' },
    });
    expect(response.statusCode).toBe(201);
    const next = response.json();
    const [event] = graph.events(MEMBER.id);
    expect(event?.body).toMatchObject({
      subject: `1on1：${MANAGER.name}さん・${MEMBER.name}さん`,
      start: { dateTime: '2026-12-02T01:00:00.000', timeZone: 'UTC' },
      end: { dateTime: '2026-12-02T01:30:00.000', timeZone: 'UTC' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: next.id,
      attendees: [
        { emailAddress: { address: MANAGER.mail, name: MANAGER.name }, type: 'required' },
        { emailAddress: { address: MEMBER.mail, name: MEMBER.name }, type: 'required' },
      ],
    });
    expect((event?.body.body as { content: string } | undefined)?.content).toContain(
      `https://taiwa.example.com/sessions/${next.id}/prepare`,
    );
    expect(next).toMatchObject({
      pairId,
      status: 'planned',
      scheduledStart: '2026-12-02T01:00:00.000Z',
      joinUrl: event?.joinUrl,
      calendar: 'graph',
      cancelled: false,
    });
    expect(next.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const previous = await app.inject({ url: `/api/v1/sessions/${sessionId}`, headers: await as(MANAGER) });
    expect(previous.json().nextSessionId).toBe(next.id);
    const stored = await forTenant(database.db, TENANT_A).bookings.find(next.id);
    expect(stored).toMatchObject({
      graphEventId: event?.id,
      graphOrganizerId: MEMBER.id,
      joinUrl: event?.joinUrl,
    });
  });

  it('answers 409 with the booked session when the next 1on1 exists', async () => {
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/next`,
      headers: await as(MANAGER),
      payload: { scheduledStart: '2026-12-03T01:00:00.000Z', scheduledEnd: '2026-12-03T01:30:00.000Z' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toMatchObject({
      scheduledStart: '2026-12-02T01:00:00.000Z',
      calendar: 'graph',
    });
    expect(graph.events(MANAGER.id)).toHaveLength(0);
  });

  it('keeps the session in step when the event is moved or cancelled', async () => {
    const booked = await forTenant(database.db, TENANT_A).bookings.find(sessionId);
    const nextId = booked?.nextSessionId ?? '';
    const [event] = graph.events(MEMBER.id);
    graph.moveEvent(
      MEMBER.id,
      event?.id ?? '',
      new Date('2026-12-02T06:00:00Z'),
      new Date('2026-12-02T06:45:00Z'),
    );
    clock = new Date('2026-11-30T02:00:00Z');
    const moved = await syncBookedEvents({
      db: database.db,
      watch: integration.eventWatch!,
      now: () => clock,
      log,
    });
    expect(moved).toMatchObject({ checked: 1, moved: 1, cancelled: 0 });
    const after = await forTenant(database.db, TENANT_A).bookings.find(nextId);
    expect(after?.scheduledStart.toISOString()).toBe('2026-12-02T06:00:00.000Z');
    expect(after?.scheduledEnd.toISOString()).toBe('2026-12-02T06:45:00.000Z');

    graph.cancelEvent(MEMBER.id, event?.id ?? '');
    clock = new Date('2026-11-30T03:00:00Z');
    expect(
      await syncBookedEvents({ db: database.db, watch: integration.eventWatch!, now: () => clock, log }),
    ).toMatchObject({
      cancelled: 1,
    });
    const ics = await app.inject({
      url: `/api/v1/sessions/${nextId}/calendar.ics`,
      headers: await as(MANAGER),
    });
    expect(ics.body).toContain('STATUS:CANCELLED');
  });

  it('gives a clear consent problem when Graph answers 403', async () => {
    graph.failNext({ method: 'POST', path: /\/getSchedule$/, status: 403 });
    const response = await app.inject({
      url: `/api/v1/sessions/${spareSessionId}/next/proposals`,
      headers: await as(MANAGER),
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json()).toMatchObject({
      type: 'urn:taiwa:problem:graph-consent-required',
      adminConsentRequired: true,
      scopes: [`${graph.baseUrl}/Calendars.ReadWrite`],
    });
    expect(response.json().detail).toMatch(/admin consent/);
  });

  it('asks the person for consent when on-behalf-of says consent_required', async () => {
    m365.authority.withholdConsent(MANAGER.id);
    try {
      const response = await app.inject({
        url: `/api/v1/sessions/${spareSessionId}/next/proposals`,
        headers: await as(MANAGER),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        type: 'urn:taiwa:problem:graph-consent-required',
        adminConsentRequired: false,
      });
    } finally {
      m365.authority.withholdConsent(MANAGER.id, false);
    }
  });

  it('hides the pair’s sessions from anyone else', async () => {
    const headers = await as(OUTSIDER);
    expect(
      (await app.inject({ url: `/api/v1/sessions/${spareSessionId}/next/proposals`, headers })).statusCode,
    ).toBe(404);
    const book = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${spareSessionId}/next`,
      headers,
      payload: { scheduledStart: '2026-12-03T01:00:00.000Z', scheduledEnd: '2026-12-03T01:30:00.000Z' },
    });
    expect(book.statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/sessions/${sessionId}/transcript`, headers })).statusCode).toBe(
      404,
    );
  });
});

describe('transcripts through Graph', () => {
  let meetingId: string;
  // Published as Graph serves it: `0:0:1.0 --> 0:0:4.0` timings, no cue ids, and a first cue
  // that began before transcription did (a negative offset).
  const UTTERANCES = [
    { speaker: MEMBER.name, startMs: -800, endMs: 4000, text: '最近、少し忙しくて。' },
    { speaker: MANAGER.name, startMs: 5000, endMs: 9500, text: 'どのあたりが一番大変？' },
  ];

  it('is refused by Graph until an access policy covers the organizer (Taiwa was never in the meeting)', async () => {
    // A booked 1on1 whose meeting chat never had Taiwa in it: no RSC grant, so only the tenant-wide
    // permissions count, and Graph honours those only for users an application access policy names.
    clock = new Date('2026-12-01T00:00:00Z');
    const first = await newSession('2026-12-10T01:00:00Z', '2026-12-10T01:30:00Z');
    const booked = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${first}/next`,
      headers: await as(MEMBER),
      payload: { scheduledStart: '2026-12-11T01:00:00.000Z', scheduledEnd: '2026-12-11T01:30:00.000Z' },
    });
    expect(booked.statusCode).toBe(201);
    graph.publishTranscript(MEMBER.id, booked.json().joinUrl, UTTERANCES);
    clock = new Date('2026-12-11T01:31:00Z');
    await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${booked.json().id}/status`,
      headers: await as(MEMBER),
      payload: { status: 'ended' },
    });
    clock = new Date('2026-12-11T01:40:00Z');
    const jobs = { db: database.db, source: integration.transcripts, now: () => clock, log };
    await runTranscriptFetches(jobs);
    const refused = await app.inject({
      url: `/api/v1/sessions/${booked.json().id}/transcript`,
      headers: await as(MEMBER),
    });
    expect(refused.json()).toMatchObject({ state: 'not_permitted', cues: [] });
    const lookup = graph.requests.filter((request) => request.path.endsWith('/onlineMeetings')).at(-1);
    // Looked up in the organizer's (the booking member's) mailbox, by the join URL.
    expect(lookup?.path).toBe(`/v1.0/users/${MEMBER.id}/onlineMeetings`);
    expect(lookup?.query.get('$filter')).toBe(`JoinWebUrl eq '${booked.json().joinUrl}'`);
  });

  it('waits for a transcript that is not there yet and fetches it on a later attempt', async () => {
    // The admin ran Grant-CsApplicationAccessPolicy for the manager, who books this one.
    graph.grantAccessPolicy(MANAGER.id);
    // Book the spare session's next 1on1, hold it, and end it.
    clock = new Date('2026-11-30T06:00:00Z');
    const booked = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${spareSessionId}/next`,
      headers: await as(MANAGER),
      payload: { scheduledStart: '2026-12-03T05:00:00.000Z', scheduledEnd: '2026-12-03T05:30:00.000Z' },
    });
    expect(booked.statusCode).toBe(201);
    meetingId = booked.json().id;
    clock = new Date('2026-12-03T05:31:00Z');
    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${meetingId}/status`,
      headers: await as(MANAGER),
      payload: { status: 'ended' },
    });
    expect(ended.statusCode).toBe(200);
    const waiting = await app.inject({
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MEMBER),
    });
    expect(waiting.json()).toMatchObject({ state: 'waiting', cues: [] });

    clock = new Date('2026-12-03T05:35:00Z');
    const jobs = { db: database.db, source: integration.transcripts, now: () => clock, log };
    expect(await runTranscriptFetches(jobs)).toMatchObject({ fetched: 0, waiting: 1 });
    const stillWaiting = await app.inject({
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MEMBER),
    });
    expect(stillWaiting.json().nextAttemptAt).toBe('2026-12-03T05:40:00.000Z');

    graph.publishTranscript(MANAGER.id, booked.json().joinUrl, UTTERANCES);
    clock = new Date('2026-12-03T05:39:00Z');
    expect(await runTranscriptFetches(jobs)).toMatchObject({ fetched: 0, waiting: 0 });
    clock = new Date('2026-12-03T05:41:00Z');
    expect(await runTranscriptFetches(jobs)).toMatchObject({ fetched: 1 });
    const content = graph.requests.filter((request) => request.path.endsWith('/content'));
    expect(content.at(-1)?.query.get('$format')).toBe('text/vtt');

    const fetched = await app.inject({
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MANAGER),
    });
    expect(fetched.json()).toMatchObject({
      state: 'fetched',
      source: 'graph',
      speakers: [MEMBER.name, MANAGER.name],
      canHide: false,
      cues: [
        { id: null, startMs: 0, endMs: 4000, speaker: MEMBER.name, text: '最近、少し忙しくて。' },
        { id: null, startMs: 5000, endMs: 9500, speaker: MANAGER.name, text: 'どのあたりが一番大変？' },
      ],
    });
  });

  it('lets the member hide the transcript from both, and nobody else', async () => {
    const managerTry = await app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MANAGER),
      payload: { hidden: true },
    });
    expect(managerTry.statusCode).toBe(403);
    const hidden = await app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MEMBER),
      payload: { hidden: true },
    });
    expect(hidden.json()).toMatchObject({ state: 'hidden', cues: [], canHide: true });
    const managerView = await app.inject({
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MANAGER),
    });
    expect(managerView.json()).toMatchObject({ state: 'hidden', cues: [], speakers: [] });
    const shown = await app.inject({
      method: 'PATCH',
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MEMBER),
      payload: { hidden: false },
    });
    expect(shown.json().cues).toHaveLength(2);
  });

  it('deletes transcripts after the tenant’s retention period, set by an admin', async () => {
    const denied = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/settings',
      headers: await as(MEMBER),
      payload: { transcriptRetentionDays: 1 },
    });
    expect(denied.statusCode).toBe(403);
    const set = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/settings',
      headers: await as(ADMIN, ['Taiwa.Admin']),
      payload: { transcriptRetentionDays: 1 },
    });
    expect(set.json()).toEqual({ transcriptRetentionDays: 1, reminderLeadMinutes: 60 });
    expect(
      (await app.inject({ url: '/api/v1/admin/settings', headers: await as(ADMIN, ['Taiwa.Admin']) })).json(),
    ).toEqual(set.json());

    expect(
      await purgeTranscripts({ db: database.db, now: () => new Date('2026-12-04T05:00:00Z'), log }),
    ).toBe(0);
    expect(
      await purgeTranscripts({ db: database.db, now: () => new Date('2026-12-04T05:42:00Z'), log }),
    ).toBe(1);
    const gone = await app.inject({
      url: `/api/v1/sessions/${meetingId}/transcript`,
      headers: await as(MEMBER),
    });
    expect(gone.json()).toMatchObject({ state: 'deleted', cues: [] });
  });

  it('records not_permitted when Graph refuses the transcript', async () => {
    // A third 1on1 of the pair: book its next, end that, and let Graph refuse.
    clock = new Date('2026-12-05T00:00:00Z');
    const third = await newSession('2026-12-07T01:00:00Z', '2026-12-07T01:30:00Z');
    const booked = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${third}/next`,
      headers: await as(MANAGER),
      payload: { scheduledStart: '2026-12-08T01:00:00.000Z', scheduledEnd: '2026-12-08T01:30:00.000Z' },
    });
    expect(booked.statusCode).toBe(201);
    clock = new Date('2026-12-08T01:31:00Z');
    await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${booked.json().id}/status`,
      headers: await as(MEMBER),
      payload: { status: 'ended' },
    });
    graph.failNext({ method: 'GET', path: /\/transcripts$/, status: 403 });
    clock = new Date('2026-12-08T01:40:00Z');
    await runTranscriptFetches({ db: database.db, source: integration.transcripts, now: () => clock, log });
    const view = await app.inject({
      url: `/api/v1/sessions/${booked.json().id}/transcript`,
      headers: await as(MEMBER),
    });
    expect(view.json()).toMatchObject({ state: 'not_permitted', cues: [] });
  });
});

describe('following booked events where the admin has not granted Calendars.ReadBasic.All', () => {
  it('backs off after each refusal, stops after the third, and tells the pair once', async () => {
    // The same app registration, but no admin consent to its application permissions yet.
    const bare = await startFakeTokenAuthority({
      clientId: TEST_CLIENT_ID,
      clientSecret: SECRET,
      assertionJwkJson: m365.entra.publicJwkJson,
    });
    try {
      const unconsented = createGraphIntegration({
        config: m365.config,
        db: database.db,
        tokens: m365.graphTokens(database, bare),
      });
      const watch = unconsented.eventWatch!;

      clock = new Date('2026-12-14T00:00:00Z');
      const previous = await newSession('2026-12-14T01:00:00Z', '2026-12-14T01:30:00Z');
      const booked = await app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${previous}/next`,
        headers: await as(MANAGER),
        payload: { scheduledStart: '2026-12-21T01:00:00.000Z', scheduledEnd: '2026-12-21T01:30:00.000Z' },
      });
      expect(booked.statusCode).toBe(201);
      const nextId: string = booked.json().id;
      const [event] = graph.events(MANAGER.id).filter((candidate) => candidate.transactionId === nextId);
      const reads = () =>
        graph.requests.filter(
          (request) => decodeURIComponent(request.path) === `/v1.0/users/${MANAGER.id}/events/${event?.id}`,
        ).length;
      const sync = () => syncBookedEvents({ db: database.db, watch, now: () => clock, log });

      clock = new Date('2026-12-14T00:20:00Z');
      expect(await sync()).toMatchObject({ refused: expect.any(Number), stopped: 0 });
      expect(reads()).toBe(1);
      // The usual 15-minute re-check does not ask again: the refusal pushed it an hour out.
      clock = new Date('2026-12-14T00:40:00Z');
      await sync();
      expect(reads()).toBe(1);
      clock = new Date('2026-12-14T01:21:00Z');
      await sync();
      expect(reads()).toBe(2);
      clock = new Date('2026-12-14T05:22:00Z');
      await sync();
      expect(reads()).toBe(3);
      // Stopped: never asked again, however many passes follow.
      for (const hours of [6, 12, 48]) {
        clock = new Date(Date.parse('2026-12-14T05:22:00Z') + hours * 3_600_000);
        await sync();
      }
      expect(reads()).toBe(3);

      const notices = await database.db
        .selectFrom('jobs')
        .select(['kind', 'payload'])
        .where('kind', '=', 'notice.calendarWatchStopped')
        .execute();
      const forThisOne = notices
        .map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload))
        .filter((payload: { sessionId: string }) => payload.sessionId === nextId);
      expect(forThisOne.map((payload: { recipientId: string }) => payload.recipientId).sort()).toEqual(
        [MANAGER.id, MEMBER.id].sort(),
      );

      const again = await app.inject({
        method: 'POST',
        url: `/api/v1/sessions/${previous}/next`,
        headers: await as(MANAGER),
        payload: { scheduledStart: '2026-12-22T01:00:00.000Z', scheduledEnd: '2026-12-22T01:30:00.000Z' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().current).toMatchObject({ id: nextId, calendarFollowed: false, cancelled: false });
    } finally {
      await bare.close();
    }
  });
});
