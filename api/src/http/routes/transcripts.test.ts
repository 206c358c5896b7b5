import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAIRS, DEMO_PEOPLE } from '../../dev/demoTenant.js';
import { devSignIn } from '../../testing/demoPeople.js';
import { buildTestApp } from '../../testing/testServer.js';

// Dev mode: no tenant, so booking uses Taiwa's own sessions as free/busy and transcripts are uploaded.
const NOW = new Date('2026-11-30T00:00:00Z'); // Monday 09:00 in Tokyo
const seeded = (pairIndex: number, n: number) => `de000000-0000-4000-8000-0000000003${pairIndex}${n}`;
const KENTA_UPCOMING = seeded(0, 3); // Misaki × Kenta, Wednesday 10:00 JST
const KENTA_LAST = seeded(0, 2);
const EMILY_UPCOMING = seeded(1, 3); // Misaki × Emily, Thursday 10:00 JST

let app: FastifyInstance;
const as = devSignIn(() => app);

beforeAll(async () => {
  app = await buildTestApp({}, () => NOW);
});

afterAll(async () => {
  await app.close();
});

describe('booking in dev mode', () => {
  it('proposes times both are free from their Taiwa sessions, in the given time zone', async () => {
    const response = await app.inject({
      url: `/api/v1/sessions/${KENTA_UPCOMING}/next/proposals?days=7&timeZone=Asia/Tokyo`,
      headers: await as(DEMO_PEOPLE.kenta),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      proposals: [
        // Thursday 10:00 is Misaki's 1on1 with Emily: 09:30 and 10:30 are equally near, the earlier wins.
        {
          scheduledStart: '2026-12-03T00:30:00.000Z',
          scheduledEnd: '2026-12-03T01:00:00.000Z',
          rhythm: false,
        },
        {
          scheduledStart: '2026-12-04T01:00:00.000Z',
          scheduledEnd: '2026-12-04T01:30:00.000Z',
          rhythm: false,
        },
        {
          scheduledStart: '2026-12-07T01:00:00.000Z',
          scheduledEnd: '2026-12-07T01:30:00.000Z',
          rhythm: false,
        },
      ],
      rhythm: null,
      timeZone: 'Asia/Tokyo',
      calendar: 'local',
    });
  });

  it('names the field for a bad time zone or day count', async () => {
    const zone = await app.inject({
      url: `/api/v1/sessions/${KENTA_UPCOMING}/next/proposals?timeZone=Mars/Olympus`,
      headers: await as(DEMO_PEOPLE.kenta),
    });
    expect(zone.statusCode).toBe(422);
    expect(zone.json().detail).toMatch(/^timeZone /);
    const days = await app.inject({
      url: `/api/v1/sessions/${KENTA_UPCOMING}/next/proposals?days=90`,
      headers: await as(DEMO_PEOPLE.kenta),
    });
    expect(days.statusCode).toBe(400);
    expect(days.json().errors[0].field).toBe('query.days');
  });

  it('books a local event, links it, and offers it as an .ics file', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${KENTA_UPCOMING}/next`,
      headers: await as(DEMO_PEOPLE.kenta),
      payload: {
        scheduledStart: '2026-12-03T01:30:00.000Z',
        scheduledEnd: '2026-12-03T02:00:00.000Z',
        timeZone: 'Asia/Tokyo',
      },
    });
    expect(response.statusCode).toBe(201);
    const next = response.json();
    expect(next).toMatchObject({
      calendar: 'local',
      joinUrl: null,
      cancelled: false,
      pairId: DEMO_PAIRS[0]?.id,
    });
    const session = await app.inject({
      url: `/api/v1/sessions/${KENTA_UPCOMING}`,
      headers: await as(DEMO_PEOPLE.misaki),
    });
    expect(session.json().nextSessionId).toBe(next.id);

    const ics = await app.inject({
      url: next.icsUrl,
      headers: await as(DEMO_PEOPLE.misaki, { 'accept-language': 'en' }),
    });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.headers['content-disposition']).toContain('attachment');
    expect(ics.body).toContain('\r\nDTSTART:20261203T013000Z\r\n');
    expect(ics.body).toContain(
      `\r\nSUMMARY:1on1: ${DEMO_PEOPLE.misaki.displayName} and ${DEMO_PEOPLE.kenta.displayName}\r\n`,
    );
    expect(ics.body.replaceAll('\r\n ', '')).toContain('DESCRIPTION:Your next 1on1\\, booked in Taiwa.');
    // As a calendar reads it: published by the person who booked it (RFC 5546 §3.2.1).
    const vcalendar = new ICAL.Component(ICAL.parse(ics.body) as unknown[]);
    expect(vcalendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const vevent = vcalendar.getFirstSubcomponent('vevent');
    const organizer = vevent?.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe(`mailto:${DEMO_PEOPLE.kenta.email}`);
    expect(organizer?.getParameter('cn')).toBe(DEMO_PEOPLE.kenta.displayName);
    expect(vevent?.getAllProperties('attendee')).toEqual([]);
  });

  it('refuses a time that is no longer free, and a second booking of the same next 1on1', async () => {
    const taken = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${EMILY_UPCOMING}/next`,
      headers: await as(DEMO_PEOPLE.emily),
      payload: { scheduledStart: '2026-12-03T01:30:00.000Z', scheduledEnd: '2026-12-03T02:00:00.000Z' },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toMatch(/no longer free/);
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${KENTA_LAST}/next`,
      headers: await as(DEMO_PEOPLE.misaki),
      payload: { scheduledStart: '2026-12-04T01:00:00.000Z', scheduledEnd: '2026-12-04T01:30:00.000Z' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().current.id).toBe(KENTA_UPCOMING);
    const past = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${EMILY_UPCOMING}/next`,
      headers: await as(DEMO_PEOPLE.emily),
      payload: { scheduledStart: '2026-11-29T01:30:00.000Z', scheduledEnd: '2026-11-29T02:00:00.000Z' },
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0].field).toBe('body.scheduledStart');
  });
});

describe('uploaded transcripts in dev mode', () => {
  const VTT =
    'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v 田中 健太>準備してきました。</v>\n\n00:00:04.000 --> 00:00:06.000\n<v 佐藤 美咲>ありがとう。</v>\n';

  it('says there is none until a file is uploaded, then shows it to both', async () => {
    const before = await app.inject({
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.misaki),
    });
    expect(before.json()).toMatchObject({ state: 'none', canUpload: true, cues: [] });
    const upload = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.misaki, { 'content-type': 'text/vtt' }),
      payload: VTT,
    });
    expect(upload.statusCode).toBe(200);
    expect(upload.json()).toMatchObject({
      state: 'fetched',
      source: 'upload',
      speakers: ['田中 健太', '佐藤 美咲'],
      canHide: false,
    });
    const member = await app.inject({
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.kenta),
    });
    expect(member.json()).toMatchObject({ state: 'fetched', canHide: true });
    expect(member.json().cues[1]).toEqual({
      id: null,
      startMs: 4000,
      endMs: 6000,
      speaker: '佐藤 美咲',
      text: 'ありがとう。',
    });
    const outsider = await app.inject({
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.david),
    });
    expect(outsider.statusCode).toBe(404);
  });

  it('accepts a transcript as Graph writes it, keeping the cues around an unreadable one', async () => {
    const upload = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.kenta, { 'content-type': 'text/vtt' }),
      payload:
        'WEBVTT\n    \n-0:0:0.500 --> 0:0:5.320\n<v 田中 健太>はじめます。</v>\n    \n0:0:5.320 --> ??\n<v 佐藤 美咲>lost</v>\n\n0:0:6.0 --> 0:0:8.5\n<v 佐藤 美咲>どうぞ\n',
    });
    expect(upload.statusCode).toBe(200);
    expect(upload.json().cues).toEqual([
      { id: null, startMs: 0, endMs: 5320, speaker: '田中 健太', text: 'はじめます。' },
      { id: null, startMs: 6000, endMs: 8005, speaker: '佐藤 美咲', text: 'どうぞ' },
    ]);
  });

  it('keeps the member’s hide through a re-upload: only the member shows it again', async () => {
    const url = `/api/v1/sessions/${KENTA_LAST}/transcript`;
    const hide = await app.inject({
      method: 'PATCH',
      url,
      headers: await as(DEMO_PEOPLE.kenta),
      payload: { hidden: true },
    });
    expect(hide.json()).toMatchObject({ state: 'hidden' });

    const reupload = await app.inject({
      method: 'PUT',
      url,
      headers: await as(DEMO_PEOPLE.misaki, { 'content-type': 'text/vtt' }),
      payload: VTT,
    });
    expect(reupload.statusCode).toBe(200);
    expect(reupload.json()).toMatchObject({ state: 'hidden', cues: [] });
    const managerView = await app.inject({ url, headers: await as(DEMO_PEOPLE.misaki) });
    expect(managerView.json()).toMatchObject({ state: 'hidden', cues: [] });
    expect(managerView.body).not.toContain('準備してきました');

    const managerUnhides = await app.inject({
      method: 'PATCH',
      url,
      headers: await as(DEMO_PEOPLE.misaki),
      payload: { hidden: false },
    });
    expect(managerUnhides.statusCode).toBe(403);

    const memberUnhides = await app.inject({
      method: 'PATCH',
      url,
      headers: await as(DEMO_PEOPLE.kenta),
      payload: { hidden: false },
    });
    expect(memberUnhides.json()).toMatchObject({ state: 'fetched' });
    expect(memberUnhides.json().cues[0].text).toBe('準備してきました。');
  });

  it('refuses files that are not WebVTT, too large, or sent as something else', async () => {
    const headers = await as(DEMO_PEOPLE.kenta, { 'content-type': 'text/vtt' });
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers,
      payload: 'hello',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('body');
    const empty = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers,
      payload: 'WEBVTT\n',
    });
    expect(empty.statusCode).toBe(422);
    const unreadable = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers,
      payload: 'WEBVTT\n\n00:00:01.000 --> soon\n<v A>hello</v>\n',
    });
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json().errors[0]).toEqual({
      field: 'body',
      message: 'is not valid WebVTT: line 3: the cue end "soon" is not a time',
    });
    const huge = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers,
      payload: `WEBVTT\n\n00:01.000 --> 00:02.000\n${'x'.repeat(1024 * 1024)}`,
    });
    expect(huge.statusCode).toBe(413);
    const json = await app.inject({
      method: 'PUT',
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.kenta),
      payload: { vtt: VTT },
    });
    expect(json.statusCode).toBe(415);
    const after = await app.inject({
      url: `/api/v1/sessions/${KENTA_LAST}/transcript`,
      headers: await as(DEMO_PEOPLE.kenta),
    });
    expect(after.json().cues).toHaveLength(2);
  });
});

describe('admin settings', () => {
  it('lets an admin read and change the retention, and nobody else', async () => {
    const read = await app.inject({ url: '/api/v1/admin/settings', headers: await as(DEMO_PEOPLE.sho) });
    expect(read.json()).toEqual({ transcriptRetentionDays: 90, reminderLeadMinutes: 60 });
    expect(
      (await app.inject({ url: '/api/v1/admin/settings', headers: await as(DEMO_PEOPLE.misaki) })).statusCode,
    ).toBe(403);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/settings',
      headers: await as(DEMO_PEOPLE.sho),
      payload: { transcriptRetentionDays: 0, colour: 'red' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['body.colour', 'body.transcriptRetentionDays']);
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/settings',
      headers: await as(DEMO_PEOPLE.sho),
      payload: { transcriptRetentionDays: 30 },
    });
    expect(changed.json()).toEqual({ transcriptRetentionDays: 30, reminderLeadMinutes: 60 });
  });
});
