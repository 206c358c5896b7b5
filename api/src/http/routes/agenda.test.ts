import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoName, demoHeaders } from '../../testing/demoTokens.js';
import { buildTestApp } from '../../testing/testServer.js';

// 佐藤 美咲 (manager) and 田中 健太 (member): their upcoming 1on1 from the demo seed.
const NEXT_SESSION = 'de000000-0000-4000-8000-000000000303';
const PAST_SESSION = 'de000000-0000-4000-8000-000000000302';
const agendaUrl = `/api/v1/sessions/${NEXT_SESSION}/agenda`;

let app: FastifyInstance;
const headers = {} as Record<DemoName, Record<string, string>>;

beforeAll(async () => {
  app = await buildTestApp();
  for (const who of ['misaki', 'kenta', 'emily', 'hanako', 'sho'] as const)
    headers[who] = await demoHeaders(app, who);
});
afterAll(async () => {
  await app.close();
});

async function add(who: DemoName, payload: object) {
  return app.inject({ method: 'POST', url: agendaUrl, headers: headers[who], payload });
}
async function agendaOf(who: DemoName) {
  return (await app.inject({ url: `/api/v1/sessions/${NEXT_SESSION}`, headers: headers[who] })).json()
    .agenda as Array<{
    id: string;
    authorRole: string;
    theme: { label: { ja: string } };
    version: number;
  }>;
}

describe('agenda', () => {
  let memberItem: { id: string; version: number };
  let managerItem: { id: string; version: number };

  it('lets the member add items with the response they hope for, and marks the session prepared', async () => {
    const first = await add('kenta', {
      themeId: 'career',
      expectedResponseId: 'listen',
      detail: '来期の希望について',
    });
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({
      authorRole: 'member',
      theme: { id: 'career', label: { ja: 'キャリア', en: 'Career' } },
      expectedResponse: {
        id: 'listen',
        label: { ja: 'まずは聞いてほしい' },
        hint: { en: expect.stringContaining('summarise') },
      },
      status: 'open',
      carriedOver: false,
    });
    memberItem = first.json();
    const second = await add('kenta', { themeText: '在宅勤務の頻度', expectedResponseId: 'decision' });
    expect(second.json().theme).toMatchObject({
      id: 'other',
      text: '在宅勤務の頻度',
      label: { ja: '在宅勤務の頻度' },
    });
    const session = (
      await app.inject({ url: `/api/v1/sessions/${NEXT_SESSION}`, headers: headers.misaki })
    ).json();
    expect(session.prepared).toBe(true);
  });

  it("lists the manager's items after the member's", async () => {
    const response = await add('misaki', { themeId: 'work', expectedResponseId: 'report' });
    expect(response.statusCode).toBe(201);
    managerItem = response.json();
    await add('kenta', { themeId: 'wellbeing', expectedResponseId: 'think_together' });
    expect((await agendaOf('misaki')).map((item) => item.authorRole)).toEqual([
      'member',
      'member',
      'member',
      'manager',
    ]);
  });

  it("does not let the manager change the member's item, nor the reverse", async () => {
    const managerEdit = await app.inject({
      method: 'PATCH',
      url: `${agendaUrl}/${memberItem.id}`,
      headers: { ...headers.misaki, 'if-match': '"1"' },
      payload: { detail: 'changed by the manager' },
    });
    expect(managerEdit.statusCode).toBe(403);
    const memberDelete = await app.inject({
      method: 'DELETE',
      url: `${agendaUrl}/${managerItem.id}`,
      headers: { ...headers.kenta, 'if-match': '"1"' },
    });
    expect(memberDelete.statusCode).toBe(403);
    expect((await agendaOf('kenta')).length).toBe(4);
  });

  it('lets either person mark an item discussed', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `${agendaUrl}/${memberItem.id}`,
      headers: { ...headers.misaki, 'if-match': '"1"' },
      payload: { status: 'discussed' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'discussed', version: 2 });
    expect(response.headers.etag).toBe('"2"');
  });

  it('refuses a stale If-Match with 409 and the current state, and loses nothing', async () => {
    const stale = await app.inject({
      method: 'PATCH',
      url: `${agendaUrl}/${memberItem.id}`,
      headers: { ...headers.kenta, 'if-match': '"1"' },
      payload: { detail: 'an edit based on version 1' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    expect(stale.json().current).toMatchObject({
      id: memberItem.id,
      version: 2,
      status: 'discussed',
      detail: '来期の希望について',
    });
    const missing = await app.inject({
      method: 'PATCH',
      url: `${agendaUrl}/${memberItem.id}`,
      headers: headers.kenta,
      payload: { detail: 'no version' },
    });
    expect(missing.statusCode).toBe(428);
    const fresh = await app.inject({
      method: 'PATCH',
      url: `${agendaUrl}/${memberItem.id}`,
      headers: { ...headers.kenta, 'if-match': '"2"' },
      payload: { detail: '来期の希望と異動' },
    });
    expect(fresh.json()).toMatchObject({ detail: '来期の希望と異動', status: 'discussed', version: 3 });
  });

  it('lets the author delete their own item', async () => {
    const response = await app.inject({
      method: 'DELETE',
      url: `${agendaUrl}/${managerItem.id}`,
      headers: { ...headers.misaki, 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(204);
    expect((await agendaOf('misaki')).some((item) => item.id === managerItem.id)).toBe(false);
  });

  it('gives people outside the pair 404', async () => {
    for (const who of ['emily', 'hanako', 'sho'] as const) {
      expect((await add(who, { themeId: 'career', expectedResponseId: 'listen' })).statusCode).toBe(404);
      const patch = await app.inject({
        method: 'PATCH',
        url: `${agendaUrl}/${memberItem.id}`,
        headers: { ...headers[who], 'if-match': '"3"' },
        payload: { status: 'open' },
      });
      expect(patch.statusCode).toBe(404);
    }
  });

  it('keeps ended 1on1s as history', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${PAST_SESSION}/agenda`,
      headers: headers.kenta,
      payload: { themeId: 'career', expectedResponseId: 'listen' },
    });
    expect(response.statusCode).toBe(409);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = (await agendaOf('kenta')).length;
    const unknownTheme = await add('kenta', { themeId: 'astrology', expectedResponseId: 'listen' });
    expect(unknownTheme.statusCode).toBe(422);
    expect(unknownTheme.json().errors[0].field).toBe('body.themeId');
    const extra = await add('kenta', {
      themeId: 'career',
      expectedResponseId: 'listen',
      authorRole: 'manager',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0].field).toBe('body.authorRole');
    expect((await agendaOf('kenta')).length).toBe(before);
  });
});
