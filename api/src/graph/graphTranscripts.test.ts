import { UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWebVtt } from '../domain/webvtt.js';
import { type FakeGraph, graphTranscriptContent, startFakeGraph } from '../testing/fakeGraph.js';
import { createGraphClientFactory } from './graphClient.js';
import { createGraphTranscripts } from './graphTranscripts.js';
import { createMailboxLimiter } from './mailboxLimiter.js';

const TENANT = '2432b57b-0abd-43db-aa7b-16eadd115d34';
const ORGANIZER = { id: '1273a016-201d-4f95-8083-1b7f99b3edeb', mail: 'organizer@contoso.example' };

// The stand-in reads claims without verifying them, as only Graph could; unsigned tokens do.
const delegated = new UnsecuredJWT({ oid: ORGANIZER.id, tid: TENANT, scp: 'Calendars.ReadWrite' }).encode();
const appOnly = new UnsecuredJWT({
  tid: TENANT,
  roles: ['OnlineMeetings.Read.All', 'OnlineMeetingTranscript.Read.All'],
}).encode();

let graph: FakeGraph;
let joinUrl: string;

beforeAll(async () => {
  graph = await startFakeGraph();
  graph.addUser(ORGANIZER);
  // App-only transcript access needs the tenant's application access policy for the organizer.
  graph.grantAccessPolicy(ORGANIZER.id);
  const created = await fetch(`${graph.baseUrl}/v1.0/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${delegated}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: '1on1',
      start: { dateTime: '2026-12-03T05:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-03T05:30:00', timeZone: 'UTC' },
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    }),
  });
  joinUrl = ((await created.json()) as { onlineMeeting: { joinUrl: string } }).onlineMeeting.joinUrl;
});

afterAll(async () => {
  await graph.close();
});

describe('the Graph stand-in', () => {
  it('writes transcript content exactly as Graph documents it', () => {
    expect(
      graphTranscriptContent([
        { speaker: 'User Name', startMs: 0, endMs: 5320, text: 'This is a transcript test.' },
      ]),
    ).toBe('WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n');
  });
});

describe('transcripts fetched from Graph', () => {
  it('attaches every cue of Graph-shaped content, with speakers, including negative offsets', async () => {
    graph.publishTranscript(ORGANIZER.id, joinUrl, [
      { speaker: '田中 健太', startMs: -1200, endMs: 2040, text: '最近、少し忙しくて。' },
      { speaker: '佐藤 美咲', startMs: 2400, endMs: 9000, text: 'どのあたりが一番大変？' },
      { speaker: '田中 健太', startMs: 3_598_000, endMs: 3_603_250, text: '一時間後も。' },
    ]);
    const source = createGraphTranscripts({
      tokens: {
        appOnly: async () => appOnly,
        onBehalfOf: async () => {
          throw new Error('transcripts use app-only tokens');
        },
      },
      graph: createGraphClientFactory({ baseUrl: graph.baseUrl, limiter: createMailboxLimiter() }),
    });
    const lookup = await source.lookup({
      tenantId: TENANT,
      organizerId: ORGANIZER.id,
      onlineMeetingId: null,
      joinUrl,
    });
    if (lookup.kind !== 'found') throw new Error(`expected a transcript, got ${lookup.kind}`);
    const [content] = lookup.webVtt;
    expect(content).toContain('-0:0:1.200 --> 0:0:2.40\n');
    expect(readWebVtt(content ?? '')).toEqual({
      cues: [
        { id: null, startMs: 0, endMs: 2040, speaker: '田中 健太', text: '最近、少し忙しくて。' },
        { id: null, startMs: 2400, endMs: 9000, speaker: '佐藤 美咲', text: 'どのあたりが一番大変？' },
        { id: null, startMs: 3_598_000, endMs: 3_603_250, speaker: '田中 健太', text: '一時間後も。' },
      ],
      skipped: [],
    });
  });

  it('serves content as text/vtt without $format, and refuses the retired docx format', async () => {
    const meetings = graph.requests.filter((request) => request.path.endsWith('/transcripts'));
    const listing = meetings.at(-1)?.path ?? '';
    const list = await fetch(`${graph.baseUrl}${listing}`, {
      headers: { authorization: `Bearer ${appOnly}` },
    });
    const transcript = ((await list.json()) as { value: Array<Record<string, unknown>> }).value[0];
    expect(transcript).toMatchObject({
      meetingOrganizer: { user: { id: ORGANIZER.id, tenantId: TENANT, userIdentityType: 'aadUser' } },
    });
    const url = `${graph.baseUrl}${listing}/${transcript?.id}/content`;
    const plain = await fetch(url, { headers: { authorization: `Bearer ${appOnly}` } });
    expect(plain.headers.get('content-type')).toBe('text/vtt');
    expect(await plain.text()).toMatch(/^WEBVTT\n\n-0:0:1\.200 --> /);
    const docx = await fetch(url, {
      headers: {
        authorization: `Bearer ${appOnly}`,
        accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    });
    expect(docx.status).toBe(400);
  });
});
