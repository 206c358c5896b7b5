import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoName, demoHeaders } from '../../testing/demoTokens.js';
import { buildTestApp } from '../../testing/testServer.js';

const PAST_SESSION = 'de000000-0000-4000-8000-000000000302';
const NEXT_SESSION = 'de000000-0000-4000-8000-000000000303';
let app: FastifyInstance;
const headers = {} as Record<DemoName, Record<string, string>>;

const entry = (id: string, ja: string, en: string) => ({ id, label: { ja, en }, description: null });

beforeAll(async () => {
  app = await buildTestApp();
  for (const who of ['kenta', 'misaki', 'sho'] as const) headers[who] = await demoHeaders(app, who);
});
afterAll(async () => {
  await app.close();
});

describe('catalog administration', () => {
  it('is for admins only', async () => {
    expect((await app.inject({ url: '/api/v1/admin/catalog', headers: headers.misaki })).statusCode).toBe(
      403,
    );
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/catalog',
      headers: headers.kenta,
      payload: { diceFaces: [entry('a', 'あ', 'A'), entry('b', 'い', 'B')] },
    });
    expect(put.statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/admin/catalog', headers: headers.sho })).statusCode).toBe(200);
  });

  it.each(['/api/v1/%61dmin/catalog', '/api/v1/%61%64%6d%69%6e/catalog', '/api/v1/admin%2Fcatalog'])(
    'refuses non-admins at %s: the guard checks the matched route, not the raw URL',
    async (url) => {
      const get = await app.inject({ url, headers: headers.misaki });
      expect([403, 404]).toContain(get.statusCode);
      expect(get.body).not.toContain('diceFaces');
      const put = await app.inject({
        method: 'PUT',
        url,
        headers: headers.kenta,
        payload: { diceFaces: [entry('a', 'あ', 'A'), entry('b', 'い', 'B')] },
      });
      expect([403, 404]).toContain(put.statusCode);
    },
  );

  it('still serves admins through an encoded path', async () => {
    const get = await app.inject({ url: '/api/v1/%61dmin/catalog', headers: headers.sho });
    expect(get.statusCode).toBe(200);
  });

  it('retires what an admin removes, and history still shows it', async () => {
    // The member used "wellbeing" in a 1on1 that has since ended.
    const item = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${NEXT_SESSION}/agenda`,
      headers: headers.kenta,
      payload: { themeId: 'wellbeing', expectedResponseId: 'listen' },
    });
    expect(item.statusCode).toBe(201);

    const themes = [
      entry('work', '業務', 'Work'),
      entry('team_building', 'チームづくり', 'Team building'),
      entry('other', 'その他', 'Other'),
    ];
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/catalog',
      headers: headers.sho,
      payload: { themes },
    });
    expect(put.statusCode).toBe(200);
    const saved = put.json().themes as Array<{ id: string; retired: boolean }>;
    expect(saved.filter((theme) => !theme.retired).map((theme) => theme.id)).toEqual([
      'work',
      'team_building',
      'other',
    ]);
    expect(saved.find((theme) => theme.id === 'wellbeing')?.retired).toBe(true);

    const catalog = (await app.inject({ url: '/api/v1/catalog', headers: headers.kenta })).json();
    expect(catalog.themes.find((theme: { id: string }) => theme.id === 'team_building').label.ja).toBe(
      'チームづくり',
    );

    // A new item can no longer choose it…
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${NEXT_SESSION}/agenda`,
      headers: headers.kenta,
      payload: { themeId: 'wellbeing', expectedResponseId: 'listen' },
    });
    expect(refused.statusCode).toBe(422);
    // …but the item that has it still renders with its label.
    const session = (
      await app.inject({ url: `/api/v1/sessions/${NEXT_SESSION}`, headers: headers.misaki })
    ).json();
    expect(session.agenda[0].theme).toEqual({
      id: 'wellbeing',
      text: null,
      label: { ja: '心身の健康', en: 'Health and wellbeing' },
    });
  });

  it('names the field at fault', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/catalog',
      headers: headers.sho,
      payload: { themes: [entry('other', 'その他', 'Other'), entry('x', 'エックス', '  ')] },
    });
    expect(put.statusCode).toBe(422);
    expect(put.json().errors[0].field).toBe('body.themes.1.label.en');
    const badId = await app.inject({
      method: 'PUT',
      url: '/api/v1/admin/catalog',
      headers: headers.sho,
      payload: { themes: [entry('Not An Id', 'あ', 'A')] },
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].field).toBe('body.themes.0.id');
  });

  it('shows history with the labels of retired entries', async () => {
    const history = await app.inject({
      url: `/api/v1/pairs/de000000-0000-4000-8000-000000000201/history`,
      headers: headers.kenta,
    });
    expect(history.statusCode).toBe(200);
    expect(history.json().sessions.map((session: { id: string }) => session.id)).toContain(PAST_SESSION);
  });
});
